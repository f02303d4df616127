package nl.tandem.portal.web;

import jakarta.validation.constraints.Size;

import nl.tandem.monitoring.SupportRequests;

/**
 * The employer contact's request that the coach gets in touch, with an optional message.
 */
record ContactRequestForm(
		@Size(max = SupportRequests.MAX_MESSAGE, message = "{employerPortal.contact.tooLong}") String message) {
}
