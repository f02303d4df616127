package nl.tandem.reporting;

import java.time.LocalDate;
import java.util.List;

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
 */
public record ReportFigures(Period period, String hoursGranted, String hoursUsed, String hoursWithoutGoal,
		List<GoalLine> goals, List<Period> periods, WorkplaceAssessmentMatch match) {

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
