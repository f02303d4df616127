package nl.tandem.plan;

/**
 * How a party agreed to a plan. Agreement in the portal is recorded by the portal itself.
 */
public enum SignOffMethod {

	IN_PERSON, EMAIL, PORTAL;

	/**
	 * The ways a coach records on someone's behalf.
	 */
	public static final java.util.List<SignOffMethod> RECORDED_BY_COACH = java.util.List.of(IN_PERSON, EMAIL);

}
