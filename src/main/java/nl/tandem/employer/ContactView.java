package nl.tandem.employer;

/**
 * A contact person at an employer, active or not.
 */
public record ContactView(long id, long employerId, String givenName, String familyName, ContactRole role, String email,
		String phone, boolean active, long version) {

	public String displayName() {
		return this.givenName + " " + this.familyName;
	}

	public ContactDetails details() {
		return new ContactDetails(this.givenName, this.familyName, this.role, this.email, this.phone);
	}

}
