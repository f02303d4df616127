package nl.tandem.trajectory;

/**
 * The kind of employment contract of a placement.
 */
public enum ContractType {

	PERMANENT, FIXED_TERM, TEMPORARY_AGENCY, SHELTERED, TRAINEESHIP, OTHER

}
