package nl.tandem.trajectory;

/**
 * Whether a trajectory's evaluation meeting was held and completed; "goals reached" is
 * only said after one. The evaluation module, which keeps the evaluations, answers.
 */
public interface EvaluationGate {

	/**
	 * Whether the trajectory has a completed evaluation.
	 */
	boolean hasCompletedEvaluation(long organisationId, long trajectoryId);

}
