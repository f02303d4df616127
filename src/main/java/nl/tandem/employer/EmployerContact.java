package nl.tandem.employer;

import java.util.Locale;

import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.OrganisationOwned;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.util.Assert;

/**
 * A person at an employer whom the coach works with: the participant's supervisor, HR, a
 * colleague who is the participant's buddy. A contact who leaves is deactivated, never
 * deleted, because placements and coaching notes keep referring to them.
 */
@Table("employer_contact")
class EmployerContact implements OrganisationOwned {

	@Id
	private Long id;

	private final long organisationId;

	private final long employerId;

	private String givenName;

	private String familyName;

	private ContactRole role;

	private String email;

	private String phone;

	private boolean active;

	@Version
	private Long version;

	@PersistenceCreator
	EmployerContact(Long id, long organisationId, long employerId, String givenName, String familyName,
			ContactRole role, String email, String phone, boolean active, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.employerId = employerId;
		this.givenName = givenName;
		this.familyName = familyName;
		this.role = role;
		this.email = email;
		this.phone = phone;
		this.active = active;
		this.version = version;
	}

	static EmployerContact add(long organisationId, long employerId, ContactDetails details) {
		EmployerContact contact = new EmployerContact(null, organisationId, employerId, null, null, null, null, null,
				true, null);
		contact.describe(details);
		return contact;
	}

	void describe(ContactDetails details) {
		Assert.hasText(details.givenName(), "A contact needs a given name");
		Assert.hasText(details.familyName(), "A contact needs a family name");
		Assert.notNull(details.role(), "A contact needs a role");
		this.givenName = details.givenName().trim();
		this.familyName = details.familyName().trim();
		this.role = details.role();
		this.email = Employer.isBlank(details.email()) ? null : details.email().trim().toLowerCase(Locale.ROOT);
		this.phone = Employer.isBlank(details.phone()) ? null : details.phone().trim();
	}

	/**
	 * The contact left the employer or no longer works with the coach.
	 */
	void deactivate() {
		if (!this.active) {
			throw new DomainRuleException("employer.contact.alreadyInactive");
		}
		this.active = false;
	}

	/**
	 * The contact is back, for instance after a leave, or was deactivated by mistake.
	 */
	void reactivate() {
		if (this.active) {
			throw new DomainRuleException("employer.contact.alreadyActive");
		}
		this.active = true;
	}

	ContactView view() {
		return new ContactView(this.id, this.employerId, this.givenName, this.familyName, this.role, this.email,
				this.phone, this.active, version());
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

	String givenName() {
		return this.givenName;
	}

	String familyName() {
		return this.familyName;
	}

	ContactRole role() {
		return this.role;
	}

	String email() {
		return this.email;
	}

	String phone() {
		return this.phone;
	}

	boolean active() {
		return this.active;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
