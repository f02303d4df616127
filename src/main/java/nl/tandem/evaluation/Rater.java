package nl.tandem.evaluation;

/**
 * Who gives a satisfaction score in the portal: the participant or the employer contact.
 */
public enum Rater {

	PARTICIPANT, EMPLOYER

}
