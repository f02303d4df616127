package nl.tandem.plan;

/**
 * The three who agree to a plan.
 */
public enum Party {

	PARTICIPANT, EMPLOYER, COACH

}
