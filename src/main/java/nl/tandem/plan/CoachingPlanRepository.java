package nl.tandem.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CoachingPlanRepository extends ListCrudRepository<CoachingPlan, Long> {

	List<CoachingPlan> findByOrganisationIdAndTrajectoryIdOrderByNumberDesc(long organisationId, long trajectoryId);

	Optional<CoachingPlan> findByOrganisationIdAndTrajectoryIdAndNumber(long organisationId, long trajectoryId,
			int number);

}
