package nl.tandem.participant;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface IntakeRepository extends ListCrudRepository<Intake, Long> {

	Optional<Intake> findByOrganisationIdAndTrajectoryId(long organisationId, long trajectoryId);

}
