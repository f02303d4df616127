package nl.tandem.participant;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ParticipantRepository extends ListCrudRepository<Participant, Long> {

	Optional<Participant> findByIdAndOrganisationId(long id, long organisationId);

}
