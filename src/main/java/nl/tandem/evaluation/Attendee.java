package nl.tandem.evaluation;

/**
 * Who took part in the evaluation meeting.
 */
public enum Attendee {

	PARTICIPANT, SUPERVISOR, HR, BUDDY, COACH, NETWORK

}
