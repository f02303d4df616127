package nl.tandem.employer;

import nl.tandem.platform.OrganisationRepository;

interface WorkplaceRepository extends OrganisationRepository<Workplace> {

}
