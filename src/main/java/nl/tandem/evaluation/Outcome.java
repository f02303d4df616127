package nl.tandem.evaluation;

/**
 * Where the participant is at the end of the coaching, or at a follow-up after it.
 */
public enum Outcome {

	SAME_EMPLOYER, OTHER_EMPLOYER, EDUCATION, NOT_WORKING, UNKNOWN;

	/**
	 * Whether the participant is in paid work, with hours per week to go with it.
	 */
	public boolean isWorking() {
		return this == SAME_EMPLOYER || this == OTHER_EMPLOYER;
	}

}
