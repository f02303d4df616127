package nl.tandem.evaluation;

import java.util.Map;
import java.util.UUID;

import nl.tandem.trajectory.TrajectoryFrame;

/**
 * The evaluation page: the trajectory, the goals of its agreed plan in order, the
 * evaluation so far (null before the first save) and whether the user may write it.
 */
public record EvaluationPage(TrajectoryFrame trajectory, Map<UUID, String> planGoals, EvaluationView evaluation,
		boolean mayWrite) {
}
