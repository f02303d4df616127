package nl.tandem.employer;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface EmployerContactRepository extends ListCrudRepository<EmployerContact, Long> {

	Optional<EmployerContact> findByIdAndOrganisationId(long id, long organisationId);

}
