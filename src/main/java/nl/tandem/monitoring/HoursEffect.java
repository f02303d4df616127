package nl.tandem.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.tandem.plan.PlannedHours;
import nl.tandem.trajectory.Hours;
import nl.tandem.trajectory.RuleWarning;

/**
 * What an intensification does to the hours against the grant: per grant period the hours
 * granted, planned now and planned with the extra sessions, and the funder rules the new
 * plan would break.
 */
public record HoursEffect(List<Period> periods, int extraMinutes, int extraMinutesOutsideGrant,
		List<RuleWarning> ruleWarnings) {

	/**
	 * One grant period before and after.
	 */
	public record Period(int number, LocalDate start, LocalDate end, int minutesGranted, int minutesBefore,
			int minutesAfter) {

		public boolean overGrant() {
			return this.minutesAfter > this.minutesGranted;
		}

		public String hoursGranted() {
			return Hours.format(this.minutesGranted);
		}

		public String hoursBefore() {
			return Hours.format(this.minutesBefore);
		}

		public String hoursAfter() {
			return Hours.format(this.minutesAfter);
		}

		public String hoursAdded() {
			return Hours.format(this.minutesAfter - this.minutesBefore);
		}

	}

	static HoursEffect between(PlannedHours before, PlannedHours after) {
		List<Period> periods = new ArrayList<>();
		for (int i = 0; i < after.periods().size(); i++) {
			PlannedHours.Period a = after.periods().get(i);
			int was = (i < before.periods().size()) ? before.periods().get(i).minutesPlanned() : 0;
			periods.add(new Period(a.number(), a.start(), a.end(), a.minutesGranted(), was, a.minutesPlanned()));
		}
		int extra = after.minutesPlanned() - before.minutesPlanned();
		int inPeriods = periods.stream().mapToInt(p -> p.minutesAfter() - p.minutesBefore()).sum();
		return new HoursEffect(periods, extra, extra - inPeriods, after.ruleWarnings());
	}

	public boolean overGrant() {
		return this.periods.stream().anyMatch(Period::overGrant);
	}

	public String hoursExtra() {
		return Hours.format(this.extraMinutes);
	}

	public String hoursOutsideGrant() {
		return Hours.format(this.extraMinutesOutsideGrant);
	}

}
