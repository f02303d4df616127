package nl.tandem.reporting;

import java.util.Collection;

import nl.tandem.participant.Anonymiser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Anonymises the funder reports: a stored report is a document with the participant's
 * name and the coach's texts in it, and no figure that is not kept elsewhere (hours in
 * the logbook, goals in the plan), so the reports of an anonymised participant are
 * removed.
 */
@Component
class ReportingAnonymiser implements Anonymiser {

	private final JdbcClient jdbc;

	ReportingAnonymiser(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void anonymise(long organisationId, long participantId, Collection<Long> trajectoryIds) {
		if (trajectoryIds.isEmpty()) {
			return;
		}
		this.jdbc.sql("delete from funder_report where organisation_id = :organisation and trajectory_id = any(:ids)")
			.param("organisation", organisationId)
			.param("ids", trajectoryIds.toArray(Long[]::new))
			.update();
	}

}
