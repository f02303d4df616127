package nl.tandem.plan;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CoachingScheduleRepository extends ListCrudRepository<CoachingSchedule, Long> {

	Optional<CoachingSchedule> findByOrganisationIdAndTrajectoryId(long organisationId, long trajectoryId);

}
