package nl.tandem.employer;

import java.util.List;

import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.OrganisationOwned;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.util.Assert;

/**
 * An employer where participants work or may work, shared by all staff of the
 * organisation. Its postal code and its optional registration number (KvK number in the
 * Netherlands, enterprise number in Belgium) always follow the rules of its country; the
 * registration number is kept as digits only. Contacts and workplaces are aggregates of
 * their own, because placements refer to them by id.
 */
@Table("employer")
class Employer implements OrganisationOwned {

	@Id
	private Long id;

	private final long organisationId;

	private String name;

	private String registrationNumber;

	private Country country;

	private String street;

	private String postalCode;

	private String city;

	private String sector;

	private EmployerSize size;

	@Version
	private Long version;

	@PersistenceCreator
	Employer(Long id, long organisationId, String name, String registrationNumber, Country country, String street,
			String postalCode, String city, String sector, EmployerSize size, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.name = name;
		this.registrationNumber = registrationNumber;
		this.country = country;
		this.street = street;
		this.postalCode = postalCode;
		this.city = city;
		this.sector = sector;
		this.size = size;
		this.version = version;
	}

	static Employer register(long organisationId, EmployerDetails details) {
		Employer employer = new Employer(null, organisationId, null, null, null, null, null, null, null, null, null);
		employer.describe(details);
		return employer;
	}

	/**
	 * Replaces the details after checking all of them, so that a refused change leaves
	 * the employer as it was.
	 */
	void describe(EmployerDetails details) {
		Assert.hasText(details.name(), "An employer needs a name");
		Assert.notNull(details.country(), "An employer needs a country");
		Assert.hasText(details.street(), "An employer needs a street");
		Assert.hasText(details.city(), "An employer needs a city");
		Country country = details.country();
		String postalCode = country.postalCode(details.postalCode())
			.orElseThrow(() -> new DomainRuleException("employer.postalCode.invalid." + country.name()));
		String registrationNumber = isBlank(details.registrationNumber()) ? null
				: country.registrationNumber(details.registrationNumber())
					.orElseThrow(
							() -> new DomainRuleException("employer.registrationNumber.invalid." + country.name()));
		this.name = details.name().trim();
		this.registrationNumber = registrationNumber;
		this.country = country;
		this.street = details.street().trim();
		this.postalCode = postalCode;
		this.city = details.city().trim();
		this.sector = isBlank(details.sector()) ? null : details.sector().trim();
		this.size = details.size();
	}

	EmployerView view(List<ContactView> contacts, List<WorkplaceView> workplaces) {
		return new EmployerView(this.id, this.name,
				(this.registrationNumber != null) ? this.country.display(this.registrationNumber) : null, this.country,
				this.street, this.postalCode, this.city, this.sector, this.size, version(), contacts, workplaces);
	}

	static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	Long id() {
		return this.id;
	}

	@Override
	public long organisationId() {
		return this.organisationId;
	}

	String name() {
		return this.name;
	}

	String registrationNumber() {
		return this.registrationNumber;
	}

	Country country() {
		return this.country;
	}

	String postalCode() {
		return this.postalCode;
	}

	String city() {
		return this.city;
	}

	String sector() {
		return this.sector;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
