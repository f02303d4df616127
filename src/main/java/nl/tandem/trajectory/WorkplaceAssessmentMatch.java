package nl.tandem.trajectory;

/**
 * How well the job and the participant match, in the coach's judgement.
 */
public enum WorkplaceAssessmentMatch {

	GOOD, REASONABLE, POOR

}
