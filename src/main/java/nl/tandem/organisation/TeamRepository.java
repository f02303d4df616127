package nl.tandem.organisation;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface TeamRepository extends ListCrudRepository<Team, Long> {

	Optional<Team> findByIdAndOrganisationId(long id, long organisationId);

	boolean existsByIdAndOrganisationId(long id, long organisationId);

}
