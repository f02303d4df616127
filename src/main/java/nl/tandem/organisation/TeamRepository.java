package nl.tandem.organisation;

import nl.tandem.platform.OrganisationRepository;

interface TeamRepository extends OrganisationRepository<Team> {

	boolean existsByIdAndOrganisationId(long id, long organisationId);

}
