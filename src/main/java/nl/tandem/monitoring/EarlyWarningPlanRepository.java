package nl.tandem.monitoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface EarlyWarningPlanRepository extends ListCrudRepository<EarlyWarningPlan, Long> {

	List<EarlyWarningPlan> findByOrganisationIdAndTrajectoryIdOrderByNumberDesc(long organisationId, long trajectoryId);

	Optional<EarlyWarningPlan> findByOrganisationIdAndTrajectoryIdAndNumber(long organisationId, long trajectoryId,
			int number);

}
