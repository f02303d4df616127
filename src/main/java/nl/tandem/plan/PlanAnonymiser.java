package nl.tandem.plan;

import java.util.Collection;

import nl.tandem.participant.Anonymiser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Anonymises the coaching plans: the texts of goals, attention points, agreements and
 * expectations and the notes on goal progress. Areas, kinds, domains, dates, sign-offs,
 * planned hours and progress scores stay.
 */
@Component
class PlanAnonymiser implements Anonymiser {

	private static final String PLANS = "(select id from coaching_plan where organisation_id = :organisation"
			+ " and trajectory_id = any(:ids))";

	private final JdbcClient jdbc;

	PlanAnonymiser(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void anonymise(long organisationId, long participantId, Collection<Long> trajectoryIds) {
		if (trajectoryIds.isEmpty()) {
			return;
		}
		Long[] ids = trajectoryIds.toArray(Long[]::new);
		clear("update plan_goal set description = '', why = null, progress_sign = null"
				+ " where organisation_id = :organisation and coaching_plan_id in " + PLANS, organisationId, ids);
		clear("update plan_attention_point set label = null, description = ''"
				+ " where organisation_id = :organisation and coaching_plan_id in " + PLANS, organisationId, ids);
		clear("update plan_agreement set what = ''" + " where organisation_id = :organisation and coaching_plan_id in "
				+ PLANS, organisationId, ids);
		clear("update coaching_plan set expectation_participant = null, expectation_employer = null,"
				+ " expectation_coach = null, version = version + 1"
				+ " where organisation_id = :organisation and trajectory_id = any(:ids)", organisationId, ids);
		clear("update goal_progress set note = null where organisation_id = :organisation"
				+ " and trajectory_id = any(:ids)", organisationId, ids);
	}

	private void clear(String sql, long organisationId, Long[] ids) {
		this.jdbc.sql(sql).param("organisation", organisationId).param("ids", ids).update();
	}

}
