package nl.tandem.monitoring;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Saves work-values check-ins; they are read through the SQL read models in
 * {@link CheckIns}.
 */
interface WorkValueCheckInRepository extends ListCrudRepository<WorkValueCheckIn, Long> {

	Optional<WorkValueCheckIn> findByIdAndOrganisationIdAndTrajectoryId(long id, long organisationId,
			long trajectoryId);

}
