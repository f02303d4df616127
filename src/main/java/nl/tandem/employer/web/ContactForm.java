package nl.tandem.employer.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.tandem.employer.ContactDetails;
import nl.tandem.employer.ContactRole;
import nl.tandem.employer.ContactView;

/**
 * A contact person's details as the form shows and submits them.
 */
record ContactForm(
		@NotBlank(message = "{employer.contact.givenName.required}") @Size(max = 100,
				message = "{field.too.long}") String givenName,
		@NotBlank(message = "{employer.contact.familyName.required}") @Size(max = 100,
				message = "{field.too.long}") String familyName,
		@NotNull(message = "{employer.contact.role.required}") ContactRole role,
		@Email(message = "{employer.contact.email.invalid}") @Size(max = 254,
				message = "{field.too.long}") String email,
		@Size(max = 40, message = "{field.too.long}") String phone, Long version) {

	static ContactForm blank() {
		return new ContactForm("", "", ContactRole.SUPERVISOR, "", "", null);
	}

	static ContactForm of(ContactView contact) {
		return new ContactForm(contact.givenName(), contact.familyName(), contact.role(), contact.email(),
				contact.phone(), contact.version());
	}

	ContactDetails details() {
		return new ContactDetails(this.givenName, this.familyName, this.role, this.email, this.phone);
	}

}
