package nl.tandem.coaching;

/**
 * Who called off a session.
 */
public enum CancelledBy {

	PARTICIPANT, EMPLOYER, COACH

}
