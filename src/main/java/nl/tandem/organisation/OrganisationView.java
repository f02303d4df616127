package nl.tandem.organisation;

/**
 * The organisation as its administrator sees it.
 */
public record OrganisationView(long id, String name, int retentionYears, long version) {
}
