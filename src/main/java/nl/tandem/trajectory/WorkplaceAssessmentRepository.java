package nl.tandem.trajectory;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface WorkplaceAssessmentRepository extends ListCrudRepository<WorkplaceAssessment, Long> {

	Optional<WorkplaceAssessment> findByOrganisationIdAndTrajectoryId(long organisationId, long trajectoryId);

}
