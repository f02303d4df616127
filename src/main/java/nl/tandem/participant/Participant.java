package nl.tandem.participant;

import java.time.LocalDate;
import java.util.Locale;

import nl.tandem.platform.OrganisationOwned;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person coached by the organisation, possibly in several trajectories over the years.
 * The reference is the organisation's own number for the person and is unique within the
 * organisation.
 */
@Table("participant")
class Participant implements OrganisationOwned {

	@Id
	private Long id;

	private final long organisationId;

	private String givenName;

	private String familyNamePrefix;

	private String familyName;

	private LocalDate dateOfBirth;

	private String email;

	private String phone;

	private String preferredLanguage;

	private String reference;

	@Version
	private Long version;

	@PersistenceCreator
	Participant(Long id, long organisationId, String givenName, String familyNamePrefix, String familyName,
			LocalDate dateOfBirth, String email, String phone, String preferredLanguage, String reference,
			Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.givenName = givenName;
		this.familyNamePrefix = familyNamePrefix;
		this.familyName = familyName;
		this.dateOfBirth = dateOfBirth;
		this.email = email;
		this.phone = phone;
		this.preferredLanguage = preferredLanguage;
		this.reference = reference;
		this.version = version;
	}

	static Participant register(long organisationId, ParticipantDetails details) {
		Participant participant = new Participant(null, organisationId, null, null, null, null, null, null, null, null,
				null);
		participant.describe(details);
		return participant;
	}

	void describe(ParticipantDetails details) {
		this.givenName = details.givenName().trim();
		this.familyNamePrefix = blankToNull(details.familyNamePrefix());
		this.familyName = details.familyName().trim();
		this.dateOfBirth = details.dateOfBirth();
		this.email = (blankToNull(details.email()) != null) ? details.email().trim().toLowerCase(Locale.ROOT) : null;
		this.phone = blankToNull(details.phone());
		this.preferredLanguage = details.preferredLanguage();
		this.reference = blankToNull(details.reference());
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	Long id() {
		return this.id;
	}

	@Override
	public long organisationId() {
		return this.organisationId;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

	ParticipantView view() {
		return new ParticipantView(this.id, this.givenName, this.familyNamePrefix, this.familyName, this.dateOfBirth,
				this.email, this.phone, this.preferredLanguage, this.reference, version());
	}

}
