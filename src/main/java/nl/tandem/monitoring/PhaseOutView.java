package nl.tandem.monitoring;

/**
 * The participant's own view on doing with less coaching.
 */
public enum PhaseOutView {

	READY, NOT_YET, UNSURE

}
