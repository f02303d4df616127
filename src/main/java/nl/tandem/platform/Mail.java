package nl.tandem.platform;

import org.springframework.util.Assert;

/**
 * A plain-text e-mail of an organisation to one address.
 */
public record Mail(long organisationId, String to, String subject, String text) {

	public Mail {
		Assert.hasText(to, "an address is required");
		Assert.hasText(subject, "a subject is required");
		Assert.hasText(text, "a text is required");
	}

}
