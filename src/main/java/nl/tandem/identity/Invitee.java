package nl.tandem.identity;

import org.springframework.util.Assert;

/**
 * Whom an invitation to the portal is for: a participant or an employer contact, with the
 * address the link is sent to and the language of the mail and the account ("nl" or
 * "en").
 */
public record Invitee(PersonKind kind, long personId, String email, String displayName, String language) {

	public Invitee {
		Assert.isTrue(kind != PersonKind.STAFF, "staff accounts are opened by an administrator");
		Assert.hasText(displayName, "a name is required");
		language = "en".equals(language) ? "en" : "nl";
	}

	/**
	 * The language Tandem speaks to a person who prefers the given one: Dutch for Dutch,
	 * English for every other language.
	 */
	public static String languageFor(String preferred) {
		return (preferred == null || "nl".equals(preferred)) ? "nl" : "en";
	}

}
