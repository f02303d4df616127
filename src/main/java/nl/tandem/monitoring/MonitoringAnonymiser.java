package nl.tandem.monitoring;

import java.util.Collection;

import nl.tandem.participant.Anonymiser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Anonymises monitoring and early warning: the remarks of every check-in, zone and
 * phase-out view, the texts of the early-warning plans, the reasons for declining an
 * intensification, the notes on acknowledged signals and the messages of requests for
 * support. Zones, scores, ratings, dates and decisions stay.
 */
@Component
class MonitoringAnonymiser implements Anonymiser {

	private static final String SCOPE = " where organisation_id = :organisation and trajectory_id = any(:ids)";

	private final JdbcClient jdbc;

	MonitoringAnonymiser(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void anonymise(long organisationId, long participantId, Collection<Long> trajectoryIds) {
		if (trajectoryIds.isEmpty()) {
			return;
		}
		Long[] ids = trajectoryIds.toArray(Long[]::new);
		for (String table : new String[] { "work_value_check_in", "balance_check_in", "alliance_check_in",
				"zone_record", "phase_out_view" }) {
			clear("update " + table + " set remark = null" + SCOPE, organisationId, ids);
		}
		clear("""
				update early_warning_zone set thoughts = null, feelings = null, behaviour = null, others_notice = null,
				participant = null, supervisor = null, buddy = null, coach = null, network = null
				where organisation_id = :organisation and early_warning_plan_id in
				(select id from early_warning_plan where organisation_id = :organisation and trajectory_id = any(:ids))
				""", organisationId, ids);
		clear("update intensification set decline_reason = case when decline_reason is null then null else '' end"
				+ SCOPE, organisationId, ids);
		clear("update signal_acknowledgement set note = ''" + SCOPE, organisationId, ids);
		clear("update support_request set message = null" + SCOPE, organisationId, ids);
	}

	private void clear(String sql, long organisationId, Long[] ids) {
		this.jdbc.sql(sql).param("organisation", organisationId).param("ids", ids).update();
	}

}
