package nl.tandem.monitoring;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Saves working-alliance questionnaires; they are read through the SQL read models in
 * {@link CheckIns}.
 */
interface AllianceCheckInRepository extends ListCrudRepository<AllianceCheckIn, Long> {

	Optional<AllianceCheckIn> findByIdAndOrganisationIdAndTrajectoryId(long id, long organisationId, long trajectoryId);

}
