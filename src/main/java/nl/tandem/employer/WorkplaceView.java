package nl.tandem.employer;

/**
 * A workplace of an employer.
 */
public record WorkplaceView(long id, long employerId, String name, String street, String postalCode, String city,
		long version) {

	public WorkplaceDetails details() {
		return new WorkplaceDetails(this.name, this.street, this.postalCode, this.city);
	}

}
