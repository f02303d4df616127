package nl.tandem.employer;

/**
 * The details of a contact person at an employer; e-mail address and phone are optional.
 */
public record ContactDetails(String givenName, String familyName, ContactRole role, String email, String phone) {
}
