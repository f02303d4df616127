package nl.tandem.platform;

/**
 * An aggregate that belongs to one organisation (tenant).
 */
public interface OrganisationOwned {

	long organisationId();

}
