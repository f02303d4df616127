package nl.tandem.evaluation;

import java.util.Collection;

import nl.tandem.participant.Anonymiser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Anonymises the evaluation: what helped, what the employer keeps doing, the remarks per
 * goal, on ratings and on follow-ups. Outcomes, results, scores, hours and dates stay.
 */
@Component
class EvaluationAnonymiser implements Anonymiser {

	private static final String SCOPE = " where organisation_id = :organisation and trajectory_id = any(:ids)";

	private final JdbcClient jdbc;

	EvaluationAnonymiser(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void anonymise(long organisationId, long participantId, Collection<Long> trajectoryIds) {
		if (trajectoryIds.isEmpty()) {
			return;
		}
		Long[] ids = trajectoryIds.toArray(Long[]::new);
		clear("update evaluation set what_helped = null, employer_continues = null" + SCOPE, organisationId, ids);
		clear("""
				update evaluation_goal set remark = null where organisation_id = :organisation and evaluation_id in
				(select id from evaluation where organisation_id = :organisation and trajectory_id = any(:ids))
				""", organisationId, ids);
		clear("update satisfaction_rating set remark = null, employer_remark = null, participant_remark = null" + SCOPE,
				organisationId, ids);
		clear("update follow_up set remark = null" + SCOPE, organisationId, ids);
	}

	private void clear(String sql, long organisationId, Long[] ids) {
		this.jdbc.sql(sql).param("organisation", organisationId).param("ids", ids).update();
	}

}
