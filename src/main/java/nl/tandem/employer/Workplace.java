package nl.tandem.employer;

import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.OrganisationOwned;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.util.Assert;

/**
 * A place at an employer where a participant works: a department, a branch or a site, so
 * that the coach knows where to go. The address is optional (it is often the employer's);
 * a postal code, when given, follows the rules of the employer's country.
 */
@Table("workplace")
class Workplace implements OrganisationOwned {

	@Id
	private Long id;

	private final long organisationId;

	private final long employerId;

	private String name;

	private String street;

	private String postalCode;

	private String city;

	@Version
	private Long version;

	@PersistenceCreator
	Workplace(Long id, long organisationId, long employerId, String name, String street, String postalCode, String city,
			Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.employerId = employerId;
		this.name = name;
		this.street = street;
		this.postalCode = postalCode;
		this.city = city;
		this.version = version;
	}

	static Workplace open(long organisationId, long employerId, Country country, WorkplaceDetails details) {
		Workplace workplace = new Workplace(null, organisationId, employerId, null, null, null, null, null);
		workplace.describe(country, details);
		return workplace;
	}

	void describe(Country country, WorkplaceDetails details) {
		Assert.hasText(details.name(), "A workplace needs a name");
		String postalCode = Employer.isBlank(details.postalCode()) ? null : country.postalCode(details.postalCode())
			.orElseThrow(() -> new DomainRuleException("employer.postalCode.invalid." + country.name()));
		this.name = details.name().trim();
		this.street = trimmed(details.street());
		this.postalCode = postalCode;
		this.city = trimmed(details.city());
	}

	private static String trimmed(String value) {
		return Employer.isBlank(value) ? null : value.trim();
	}

	WorkplaceView view() {
		return new WorkplaceView(this.id, this.employerId, this.name, this.street, this.postalCode, this.city,
				version());
	}

	Long id() {
		return this.id;
	}

	@Override
	public long organisationId() {
		return this.organisationId;
	}

	long employerId() {
		return this.employerId;
	}

	String street() {
		return this.street;
	}

	String postalCode() {
		return this.postalCode;
	}

	String city() {
		return this.city;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
