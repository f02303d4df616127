package nl.tandem.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.tandem.coaching.TimeCategory;
import nl.tandem.evaluation.GoalResult;
import nl.tandem.evaluation.Outcome;
import nl.tandem.evaluation.Ratings;

import nl.tandem.plan.GoalArea;
import nl.tandem.plan.GoalStatus;
import nl.tandem.trajectory.WorkplaceAssessmentMatch;

/**
 * The figures of a report, from the plan, the workplace assessment and the logbook.
 *
 * @param period the grant period of a progress report, or null for the whole trajectory
 * @param hoursUsed the hours used in the period (progress report), or null
 * @param goals the goals of the agreed (or latest) plan, with the hours spent on each in
 * the period (an entry for two goals counts for both)
 * @param periods the grant periods with their hours granted and planned
 * @param match how well job and participant match, from the workplace assessment
 * @param ratings the satisfaction ratings of the period (progress report) or of the whole
 * trajectory (final report); empty for the application report
 * @param closing what the final report adds, or null for other kinds
 */
public record ReportFigures(Period period, String hoursGranted, String hoursUsed, String hoursWithoutGoal,
		List<GoalLine> goals, List<Period> periods, WorkplaceAssessmentMatch match, List<Rating> ratings,
		Closing closing) {

	/**
	 * The norm for the average satisfaction of participant and employer.
	 */
	public static final double NORM = Ratings.NORM;

	/**
	 * The norm, for templates.
	 */
	public double norm() {
		return NORM;
	}

	/**
	 * The satisfaction of participant and employer at one moment (a grant period, or 0
	 * for the end), 0 to 10; a score not given is null.
	 */
	public record Rating(int period, LocalDate ratedOn, Integer participant, Integer employer) {

		public boolean atEnd() {
			return this.period == Ratings.END;
		}

		public boolean participantBelowNorm() {
			return this.participant != null && this.participant < NORM;
		}

		public boolean employerBelowNorm() {
			return this.employer != null && this.employer < NORM;
		}

	}

	/**
	 * What the final report adds: the evaluation meeting (its day, the outcome with the
	 * hours per week, the result of every goal), the hours of the whole trajectory in
	 * total, per kind of time and per grant period, the average satisfaction against the
	 * norm and the follow-ups after closure.
	 */
	public record Closing(LocalDate heldOn, Outcome outcome, String outcomeHoursPerWeek, List<GoalResultLine> goals,
			String hoursTotal, Map<TimeCategory, String> hoursPerCategory, List<PeriodHours> hoursPerPeriod,
			Double participantAverage, Double employerAverage, List<FollowUpLine> followUps) {

		public boolean participantBelowNorm() {
			return this.participantAverage != null && this.participantAverage < NORM;
		}

		public boolean employerBelowNorm() {
			return this.employerAverage != null && this.employerAverage < NORM;
		}

	}

	/**
	 * A goal of the plan and its result in the evaluation.
	 */
	public record GoalResultLine(String description, GoalResult result) {
	}

	/**
	 * A grant period with the hours granted and used in it.
	 */
	public record PeriodHours(int number, LocalDate start, LocalDate end, String hoursGranted, String hoursUsed) {
	}

	/**
	 * A follow-up after closure: when due and, once checked, the situation found.
	 */
	public record FollowUpLine(int months, LocalDate dueOn, LocalDate checkedOn, Outcome situation) {
	}

	/**
	 * One goal of the plan in the report.
	 */
	public record GoalLine(GoalArea area, String description, GoalStatus status, Integer score, String hours) {
	}

	/**
	 * A grant period with its hours granted and planned.
	 */
	public record Period(int number, LocalDate start, LocalDate end, String hoursGranted, String hoursPlanned) {
	}

}
