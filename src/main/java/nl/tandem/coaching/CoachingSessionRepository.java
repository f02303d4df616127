package nl.tandem.coaching;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CoachingSessionRepository extends ListCrudRepository<CoachingSession, Long> {

	Optional<CoachingSession> findByIdAndOrganisationId(long id, long organisationId);

	List<CoachingSession> findByOrganisationIdAndTrajectoryIdOrderByHeldOnDesc(long organisationId, long trajectoryId);

}
