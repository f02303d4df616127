package nl.tandem.trajectory;

import java.time.LocalDate;

/**
 * One period of a grant, with the minutes granted in it.
 */
public record GrantPeriod(int number, LocalDate start, LocalDate end, int minutesGranted) {

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.start) && !day.isAfter(this.end);
	}

}
