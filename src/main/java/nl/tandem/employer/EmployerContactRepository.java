package nl.tandem.employer;

import nl.tandem.platform.OrganisationRepository;

interface EmployerContactRepository extends OrganisationRepository<EmployerContact> {

}
