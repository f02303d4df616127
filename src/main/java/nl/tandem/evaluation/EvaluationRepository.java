package nl.tandem.evaluation;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Saves and loads evaluations; lists are read through SQL read models.
 */
interface EvaluationRepository extends ListCrudRepository<Evaluation, Long> {

	Optional<Evaluation> findByOrganisationIdAndTrajectoryId(long organisationId, long trajectoryId);

}
