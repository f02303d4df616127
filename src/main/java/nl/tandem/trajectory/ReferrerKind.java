package nl.tandem.trajectory;

/**
 * Who referred the participant for job coaching.
 */
public enum ReferrerKind {

	UWV, MUNICIPALITY, EMPLOYER, PARTICIPANT, CARE_PROVIDER, VDAB, OTHER

}
