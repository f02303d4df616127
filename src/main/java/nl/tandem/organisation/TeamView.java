package nl.tandem.organisation;

/**
 * A team as lists show it.
 */
public record TeamView(long id, String name, long version, int activeMembers) {
}
