package nl.tandem.trajectory;

import java.util.Collection;

import nl.tandem.participant.Anonymiser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Anonymises the trajectories: the referral's reason and referrer, the reasons of every
 * step and assignment, the notes of context events, the job titles of placements, the
 * funder's file reference and the workplace assessment. Phases, dates, hours, end reasons
 * and the kinds of events stay.
 */
@Component
class TrajectoryAnonymiser implements Anonymiser {

	private final JdbcClient jdbc;

	TrajectoryAnonymiser(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void anonymise(long organisationId, long participantId, Collection<Long> trajectoryIds) {
		if (trajectoryIds.isEmpty()) {
			return;
		}
		Long[] ids = trajectoryIds.toArray(Long[]::new);
		clear("update trajectory set referral_reason = '', referrer_name = null, version = version + 1"
				+ " where organisation_id = :organisation and id = any(:ids)", organisationId, ids);
		clear("update transition set reason = null where organisation_id = :organisation and trajectory_id = any(:ids)",
				organisationId, ids);
		clear("update coach_assignment set reason = null"
				+ " where organisation_id = :organisation and trajectory_id = any(:ids)", organisationId, ids);
		clear("update context_event set note = null where organisation_id = :organisation and trajectory_id = any(:ids)",
				organisationId, ids);
		clear("update placement set job_title = null where organisation_id = :organisation and trajectory_id = any(:ids)",
				organisationId, ids);
		clear("update funding_grant set reference = null"
				+ " where organisation_id = :organisation and trajectory_id = any(:ids)", organisationId, ids);
		clear("""
				update workplace_assessment set tasks = null, pace = null, environment = null, natural_support = null,
				adjustments = null, job_asks = null, participant_brings = null, closing_the_gap = null,
				version = version + 1
				where organisation_id = :organisation and trajectory_id = any(:ids)
				""", organisationId, ids);
	}

	private void clear(String sql, long organisationId, Long[] ids) {
		this.jdbc.sql(sql).param("organisation", organisationId).param("ids", ids).update();
	}

}
