package nl.tandem.employer;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface WorkplaceRepository extends ListCrudRepository<Workplace, Long> {

	Optional<Workplace> findByIdAndOrganisationId(long id, long organisationId);

}
