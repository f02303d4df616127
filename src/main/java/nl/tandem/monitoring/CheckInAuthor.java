package nl.tandem.monitoring;

/**
 * Who entered a check-in's answers: the coach on the participant's behalf (for now), or
 * the participant in the portal (later).
 */
public enum CheckInAuthor {

	COACH, PARTICIPANT

}
