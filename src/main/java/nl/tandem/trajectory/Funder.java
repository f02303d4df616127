package nl.tandem.trajectory;

/**
 * Who pays for the coaching.
 */
public enum Funder {

	UWV, MUNICIPALITY, EMPLOYER, VDAB, OTHER

}
