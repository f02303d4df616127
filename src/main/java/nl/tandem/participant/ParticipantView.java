package nl.tandem.participant;

import java.time.LocalDate;

import nl.tandem.platform.PersonNames;

/**
 * A participant's personal details.
 */
public record ParticipantView(long id, String givenName, String familyNamePrefix, String familyName,
		LocalDate dateOfBirth, String email, String phone, String preferredLanguage, String reference, long version) {

	public String displayName() {
		return ParticipantView.displayName(this.givenName, this.familyNamePrefix, this.familyName);
	}

	public static String displayName(String givenName, String familyNamePrefix, String familyName) {
		return PersonNames.display(givenName, familyNamePrefix, familyName);
	}

}
