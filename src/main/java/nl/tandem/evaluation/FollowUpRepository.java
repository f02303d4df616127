package nl.tandem.evaluation;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Saves and loads follow-ups; they are scheduled and listed through SQL.
 */
interface FollowUpRepository extends ListCrudRepository<FollowUp, Long> {

	Optional<FollowUp> findByIdAndOrganisationIdAndTrajectoryId(long id, long organisationId, long trajectoryId);

}
