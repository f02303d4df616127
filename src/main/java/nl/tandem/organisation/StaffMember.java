package nl.tandem.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.tandem.platform.OrganisationOwned;
import nl.tandem.platform.PersonNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.util.Assert;

/**
 * Somebody who works for the organisation: a coach, a team lead, an administrator or a
 * privacy officer (the roles live on the account). A staff member who leaves is
 * deactivated, never deleted, because trajectories and logs keep referring to them.
 */
@Table("staff_member")
class StaffMember implements OrganisationOwned {

	@Id
	private Long id;

	private final long organisationId;

	private Long teamId;

	private String givenName;

	private String familyNamePrefix;

	private String familyName;

	private String email;

	private String phone;

	private boolean active;

	@MappedCollection(idColumn = "staff_member_id", keyColumn = "position")
	private List<Certificate> certificates;

	@Version
	private Long version;

	@PersistenceCreator
	StaffMember(Long id, long organisationId, Long teamId, String givenName, String familyNamePrefix, String familyName,
			String email, String phone, boolean active, List<Certificate> certificates, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.teamId = teamId;
		this.givenName = givenName;
		this.familyNamePrefix = familyNamePrefix;
		this.familyName = familyName;
		this.email = email;
		this.phone = phone;
		this.active = active;
		this.certificates = new ArrayList<>(certificates);
		this.version = version;
	}

	static StaffMember hire(long organisationId, StaffDetails details) {
		StaffMember member = new StaffMember(null, organisationId, null, null, null, null, null, null, true, List.of(),
				null);
		member.describe(details);
		return member;
	}

	void describe(StaffDetails details) {
		this.givenName = details.givenName().trim();
		this.familyNamePrefix = blankToNull(details.familyNamePrefix());
		this.familyName = details.familyName().trim();
		this.email = details.email().trim().toLowerCase(Locale.ROOT);
		this.phone = blankToNull(details.phone());
		this.teamId = details.teamId();
	}

	void deactivate() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
	}

	void certify(String name, String registrationNumber, LocalDate validUntil) {
		this.certificates
			.add(new Certificate(this.organisationId, name.trim(), blankToNull(registrationNumber), validUntil));
	}

	void withdrawCertificate(int position) {
		Assert.isTrue(position >= 0 && position < this.certificates.size(), "No such certificate");
		this.certificates.remove(position);
	}

	String displayName() {
		return displayName(this.givenName, this.familyNamePrefix, this.familyName);
	}

	static String displayName(String givenName, String familyNamePrefix, String familyName) {
		return PersonNames.display(givenName, familyNamePrefix, familyName);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	Long id() {
		return this.id;
	}

	@Override
	public long organisationId() {
		return this.organisationId;
	}

	Long teamId() {
		return this.teamId;
	}

	String givenName() {
		return this.givenName;
	}

	String familyNamePrefix() {
		return this.familyNamePrefix;
	}

	String familyName() {
		return this.familyName;
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

	List<Certificate> certificates() {
		return List.copyOf(this.certificates);
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
