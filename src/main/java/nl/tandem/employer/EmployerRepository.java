package nl.tandem.employer;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface EmployerRepository extends ListCrudRepository<Employer, Long> {

	Optional<Employer> findByIdAndOrganisationId(long id, long organisationId);

	boolean existsByIdAndOrganisationId(long id, long organisationId);

}
