package nl.tandem.coaching;

/**
 * Kinds of coaching time: with the participant or employer, around it (preparation,
 * reporting, consultation), and travel.
 */
public enum TimeCategory {

	DIRECT, INDIRECT, TRAVEL

}
