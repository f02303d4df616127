package nl.tandem.monitoring;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Saves balance and load check-ins; they are read through the SQL read models in
 * {@link CheckIns}.
 */
interface BalanceCheckInRepository extends ListCrudRepository<BalanceCheckIn, Long> {

	Optional<BalanceCheckIn> findByIdAndOrganisationIdAndTrajectoryId(long id, long organisationId, long trajectoryId);

}
