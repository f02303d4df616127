package nl.tandem.monitoring;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface IntensificationRepository extends ListCrudRepository<Intensification, Long> {

	Optional<Intensification> findByIdAndOrganisationIdAndTrajectoryId(long id, long organisationId, long trajectoryId);

}
