package nl.tandem.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.tandem.trajectory.Hours;

/**
 * An evaluation as its page shows it, with the descriptions of the goals.
 */
public record EvaluationView(long id, EvaluationStatus status, LocalDate heldOn, Set<Attendee> tookPart,
		List<GoalView> goals, String whatHelped, String employerContinues, Outcome outcome,
		Integer outcomeMinutesPerWeek, Instant completedAt, long version) {

	public boolean completed() {
		return this.status == EvaluationStatus.COMPLETED;
	}

	/**
	 * The hours per week of the outcome, as people write them, or null.
	 */
	public String hoursPerWeek() {
		return (this.outcomeMinutesPerWeek != null) ? Hours.format(this.outcomeMinutesPerWeek) : null;
	}

	/**
	 * The result of one goal.
	 */
	public record GoalView(UUID goalKey, String description, GoalResult result, String remark) {
	}

}
