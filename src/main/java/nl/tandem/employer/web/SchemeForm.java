package nl.tandem.employer.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.tandem.employer.Schemes;

/**
 * The title and text of a scheme in one language, as the administrator edits them.
 */
record SchemeForm(
		@NotBlank(message = "{scheme.title.required}") @Size(max = Schemes.MAX_TITLE,
				message = "{scheme.title.tooLong}") String title,
		@NotBlank(message = "{scheme.body.required}") @Size(max = Schemes.MAX_BODY,
				message = "{scheme.body.tooLong}") String body,
		Long version) {
}
