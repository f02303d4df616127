package nl.tandem.evaluation;

/**
 * An evaluation is written as a draft during or after the meeting, and completed once.
 */
public enum EvaluationStatus {

	DRAFT, COMPLETED

}
