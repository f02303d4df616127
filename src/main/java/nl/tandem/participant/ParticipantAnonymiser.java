package nl.tandem.participant;

import java.util.Collection;

import nl.tandem.identity.Accounts;
import nl.tandem.identity.PersonKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Anonymises the participant's own record and intakes: the name becomes {@value #NAME},
 * which is how every page shows that the file was anonymised; date of birth, contact
 * details, the organisation's reference and every text of the intake are cleared. The
 * chosen work values (a fixed list) and the dates stay. The participant's portal account
 * is closed and no longer names them.
 */
@Component
class ParticipantAnonymiser implements Anonymiser {

	static final String NAME = "Geanonimiseerd";

	private final JdbcClient jdbc;

	private final Accounts accounts;

	ParticipantAnonymiser(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Override
	public void anonymise(long organisationId, long participantId, Collection<Long> trajectoryIds) {
		this.jdbc.sql("""
				update participant set given_name = :name, family_name_prefix = null, family_name = '',
				date_of_birth = null, email = null, phone = null, reference = null, anonymised_at = now(),
				version = version + 1
				where organisation_id = :organisation and id = :participant
				""")
			.param("name", NAME)
			.param("organisation", organisationId)
			.param("participant", participantId)
			.update();
		this.jdbc.sql("""
				update intake set work_history = null, education = null, strengths = null, housing = null,
				finances = null, social_network = null, home_situation = null, health = null,
				medication_effects = null, support_needs = null, wishes = null, own_agenda = null,
				version = version + 1
				where organisation_id = :organisation and participant_id = :participant
				""").param("organisation", organisationId).param("participant", participantId).update();
		this.accounts.anonymisePortal(organisationId, PersonKind.PARTICIPANT, participantId);
	}

}
