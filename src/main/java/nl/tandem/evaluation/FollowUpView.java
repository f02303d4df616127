package nl.tandem.evaluation;

import java.time.LocalDate;

import nl.tandem.trajectory.Hours;

/**
 * A follow-up as pages show it: when it is due and, once checked, what it found.
 */
public record FollowUpView(long id, long trajectoryId, int months, LocalDate dueOn, LocalDate checkedOn,
		Outcome situation, Integer minutesPerWeek, String remark, long version) {

	public boolean checked() {
		return this.checkedOn != null;
	}

	/**
	 * Whether the check is due on the given day and not yet done.
	 */
	public boolean dueBy(LocalDate today) {
		return !checked() && !this.dueOn.isAfter(today);
	}

	public String hoursPerWeek() {
		return (this.minutesPerWeek != null) ? Hours.format(this.minutesPerWeek) : null;
	}

}
