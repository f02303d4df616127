package nl.tandem.trajectory;

import java.util.List;

import nl.tandem.platform.OrganisationRepository;

interface TrajectoryRepository extends OrganisationRepository<Trajectory> {

	List<Trajectory> findByOrganisationIdAndParticipantIdOrderByReferredOnDesc(long organisationId, long participantId);

}
