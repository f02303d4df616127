package nl.tandem.employer;

import nl.tandem.platform.OrganisationRepository;

interface EmployerRepository extends OrganisationRepository<Employer> {

	boolean existsByIdAndOrganisationId(long id, long organisationId);

}
