package nl.tandem.participant;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import nl.tandem.audit.AuditedParticipants;

import org.springframework.stereotype.Component;

/**
 * Tells the access-log viewer the names of the participants it lists and who matches a
 * name or reference, so the log itself keeps only ids.
 */
@Component
class ParticipantDirectory implements AuditedParticipants {

	private final Participants participants;

	ParticipantDirectory(Participants participants) {
		this.participants = participants;
	}

	@Override
	public Map<Long, String> names(long organisationId, Collection<Long> participantIds) {
		return this.participants.names(organisationId, participantIds);
	}

	@Override
	public List<Long> matching(long organisationId, String query, int limit) {
		return this.participants.idsMatching(organisationId, query, limit);
	}

}
