package nl.tandem.trajectory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface TrajectoryRepository extends ListCrudRepository<Trajectory, Long> {

	Optional<Trajectory> findByIdAndOrganisationId(long id, long organisationId);

	List<Trajectory> findByOrganisationIdAndParticipantIdOrderByReferredOnDesc(long organisationId, long participantId);

}
