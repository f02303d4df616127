package nl.tandem.evaluation;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Saves and loads satisfaction ratings; lists are read through SQL read models.
 */
interface SatisfactionRatingRepository extends ListCrudRepository<SatisfactionRating, Long> {

	Optional<SatisfactionRating> findByIdAndOrganisationIdAndTrajectoryId(long id, long organisationId,
			long trajectoryId);

	Optional<SatisfactionRating> findByOrganisationIdAndTrajectoryIdAndPeriodNumber(long organisationId,
			long trajectoryId, int periodNumber);

}
