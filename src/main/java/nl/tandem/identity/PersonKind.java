package nl.tandem.identity;

/**
 * Who is behind an account: a staff member, a participant or a contact person of an
 * employer. The person id of an account is the id in that kind's own records.
 */
public enum PersonKind {

	STAFF, PARTICIPANT, EMPLOYER_CONTACT;

	/**
	 * The role a portal account of this kind gets.
	 */
	Role portalRole() {
		return switch (this) {
			case PARTICIPANT -> Role.PARTICIPANT;
			case EMPLOYER_CONTACT -> Role.EMPLOYER_CONTACT;
			case STAFF -> throw new IllegalStateException("Staff accounts are opened by an administrator");
		};
	}

}
