package nl.tandem.plan;

/**
 * Who does what in the agreements of a plan.
 */
public enum Actor {

	PARTICIPANT, SUPERVISOR, BUDDY, HR, COACH, NETWORK

}
