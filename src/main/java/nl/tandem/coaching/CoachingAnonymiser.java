package nl.tandem.coaching;

import java.util.Collection;

import nl.tandem.participant.Anonymiser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Anonymises the sessions and the logbook: notes of every visibility, employer summaries,
 * reasons of cancellations, notes on the work on goals, learning moments, action items
 * and the descriptions of time entries. Dates, minutes, statuses, modes, attendees,
 * topics and scores stay, so the hours still add up.
 */
@Component
class CoachingAnonymiser implements Anonymiser {

	private static final String SESSIONS = "(select id from coaching_session where organisation_id = :organisation"
			+ " and trajectory_id = any(:ids))";

	private final JdbcClient jdbc;

	CoachingAnonymiser(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void anonymise(long organisationId, long participantId, Collection<Long> trajectoryIds) {
		if (trajectoryIds.isEmpty()) {
			return;
		}
		Long[] ids = trajectoryIds.toArray(Long[]::new);
		clear("update session_note set text = '' where organisation_id = :organisation and coaching_session_id in "
				+ SESSIONS, organisationId, ids);
		clear("update session_goal set note = null where organisation_id = :organisation and coaching_session_id in "
				+ SESSIONS, organisationId, ids);
		clear("update learning_moment set what_happened = '', what_learned = ''"
				+ " where organisation_id = :organisation and coaching_session_id in " + SESSIONS, organisationId, ids);
		clear("update coaching_session set reason = null, employer_summary = null, version = version + 1"
				+ " where organisation_id = :organisation and trajectory_id = any(:ids)", organisationId, ids);
		clear("update action_item set what = '' where organisation_id = :organisation and trajectory_id = any(:ids)",
				organisationId, ids);
		clear("update time_entry set description = null, version = version + 1"
				+ " where organisation_id = :organisation and trajectory_id = any(:ids)", organisationId, ids);
	}

	private void clear(String sql, long organisationId, Long[] ids) {
		this.jdbc.sql(sql).param("organisation", organisationId).param("ids", ids).update();
	}

}
