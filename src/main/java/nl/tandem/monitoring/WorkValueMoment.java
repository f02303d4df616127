package nl.tandem.monitoring;

/**
 * When a work-values check-in was taken: at the intake, at the end of a grant period, at
 * the evaluation, or at any other moment the coach chose.
 */
public enum WorkValueMoment {

	INTAKE, PERIOD_END, EVALUATION, OTHER

}
