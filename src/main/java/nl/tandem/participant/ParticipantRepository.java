package nl.tandem.participant;

import nl.tandem.platform.OrganisationRepository;

interface ParticipantRepository extends OrganisationRepository<Participant> {

}
