package nl.tandem.coaching;

/**
 * Who took part in a session besides the coach. {@code EMPLOYER_ONLY} marks a session
 * with the employer without the participant.
 */
public enum Attendee {

	PARTICIPANT, SUPERVISOR, COLLEAGUES, NETWORK, EMPLOYER_ONLY

}
