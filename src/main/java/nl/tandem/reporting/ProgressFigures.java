package nl.tandem.reporting;

import java.time.LocalDate;
import java.util.List;

import nl.tandem.plan.GoalStatus;

/**
 * The figures of a progress report: the grant period, its hours granted and used (from
 * the logbook), and per goal its status, score and hours (an entry for two goals counts
 * for both).
 */
public record ProgressFigures(int period, LocalDate start, LocalDate end, String hoursGranted, String hoursUsed,
		String hoursWithoutGoal, List<GoalLine> goals) {

	/**
	 * One goal of the plan in the report.
	 */
	public record GoalLine(String description, GoalStatus status, Integer score, String hours) {
	}

}
