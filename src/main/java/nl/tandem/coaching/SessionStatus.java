package nl.tandem.coaching;

/**
 * What became of a session.
 */
public enum SessionStatus {

	HELD, CANCELLED, NO_SHOW

}
