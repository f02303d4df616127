package nl.tandem.coaching;

/**
 * Where or how a session took place.
 */
public enum SessionMode {

	WORKPLACE, OFFICE, VIDEO, PHONE

}
