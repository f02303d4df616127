package nl.tandem.employer;

/**
 * What a contact person is to a participant at the employer: the direct supervisor
 * (leidinggevende), HR, a colleague who acts as buddy, or otherwise involved.
 */
public enum ContactRole {

	SUPERVISOR, HR, COLLEAGUE_BUDDY, OTHER

}
