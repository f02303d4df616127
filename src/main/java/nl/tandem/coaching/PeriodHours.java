package nl.tandem.coaching;

import java.time.LocalDate;

import nl.tandem.trajectory.Hours;

/**
 * The hours of one grant period: granted, planned, used so far (of which not billable),
 * and the forecast: used plus the planned sessions still to come in the period.
 */
public record PeriodHours(int number, LocalDate start, LocalDate end, int minutesGranted, int minutesPlanned,
		int minutesUsed, int minutesNotBillable, int minutesForecast) {

	/**
	 * How far the used hours are into the grant.
	 */
	public enum Level {

		OK, NEARLY_USED, USED_UP

	}

	public Level level() {
		if (this.minutesGranted <= 0) {
			return Level.OK;
		}
		if (this.minutesUsed >= this.minutesGranted) {
			return Level.USED_UP;
		}
		return (this.minutesUsed * 100L >= this.minutesGranted * 80L) ? Level.NEARLY_USED : Level.OK;
	}

	public int percentUsed() {
		return (this.minutesGranted <= 0) ? 0 : (int) (this.minutesUsed * 100L / this.minutesGranted);
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.start) && !day.isAfter(this.end);
	}

	public String hoursGranted() {
		return Hours.format(this.minutesGranted);
	}

	public String hoursPlanned() {
		return Hours.format(this.minutesPlanned);
	}

	public String hoursUsed() {
		return Hours.format(this.minutesUsed);
	}

	public String hoursNotBillable() {
		return Hours.format(this.minutesNotBillable);
	}

	public String hoursForecast() {
		return Hours.format(this.minutesForecast);
	}

}
