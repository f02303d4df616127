package nl.tandem.organisation;

/**
 * A new organisation started using Tandem.
 */
public record OrganisationFounded(long organisationId) {
}
