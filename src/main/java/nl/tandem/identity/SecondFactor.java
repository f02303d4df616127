package nl.tandem.identity;

/**
 * What a signed-in staff member still owes for two-factor sign-in in this session.
 */
public enum SecondFactor {

	/**
	 * Nothing: no second factor is needed, or it was given.
	 */
	NONE,

	/**
	 * The password was right; a code from the authenticator app (or a recovery code) is
	 * asked before anything else.
	 */
	CODE,

	/**
	 * Two-factor sign-in is required but not set up yet: the user is kept on the page
	 * that sets it up.
	 */
	ENROL

}
