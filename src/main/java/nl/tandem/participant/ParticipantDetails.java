package nl.tandem.participant;

import java.time.LocalDate;
import java.util.List;

import org.springframework.util.Assert;

/**
 * The personal details of a participant as a coach enters them.
 */
public record ParticipantDetails(String givenName, String familyNamePrefix, String familyName, LocalDate dateOfBirth,
		String email, String phone, String preferredLanguage, String reference) {

	/**
	 * The languages a participant can prefer; Tandem itself speaks Dutch and English.
	 */
	public static final List<String> LANGUAGES = List.of("nl", "en", "fr", "de", "ar", "tr", "pl", "uk", "other");

	public ParticipantDetails {
		Assert.hasText(givenName, "given name is required");
		Assert.hasText(familyName, "family name is required");
		preferredLanguage = (preferredLanguage == null || preferredLanguage.isBlank()) ? "nl" : preferredLanguage;
		Assert.isTrue(LANGUAGES.contains(preferredLanguage), "unknown language");
	}

}
