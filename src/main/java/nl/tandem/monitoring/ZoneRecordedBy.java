package nl.tandem.monitoring;

/**
 * Who recorded a zone: the coach, or (later, in the portal) the participant.
 */
public enum ZoneRecordedBy {

	COACH, PARTICIPANT

}
