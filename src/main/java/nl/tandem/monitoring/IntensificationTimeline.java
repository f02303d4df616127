package nl.tandem.monitoring;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.tandem.identity.Accounts;
import nl.tandem.trajectory.TimelineSource;
import nl.tandem.trajectory.TrajectoryDetails.TimelineEntry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The decisions on proposed intensifications in the trajectory's timeline: accepted,
 * accepted with changes, or declined, by whom and when. The timeline is read by the team
 * lead and the administrator too, so it says only that a decision was taken, never what
 * called for it (a zone is sensitive) nor a reason.
 */
@Component
class IntensificationTimeline implements TimelineSource {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final Accounts accounts;

	IntensificationTimeline(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Override
	public List<TimelineEntry> entries(long organisationId, long trajectoryId, boolean mayWork) {
		record Row(String status, java.sql.Timestamp decidedAt, Long decidedBy) {
		}
		List<Row> rows = this.jdbc.sql("""
				select status, decided_at, decided_by from intensification
				where organisation_id = :o and trajectory_id = :t and status <> 'PROPOSED'
				""").param("o", organisationId).param("t", trajectoryId).query(Row.class).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Set<Long> by = new HashSet<>();
		rows.forEach(row -> by.add(row.decidedBy()));
		Map<Long, String> names = this.accounts.names(organisationId, by);
		return rows.stream().map(row -> {
			java.time.Instant at = row.decidedAt().toInstant();
			LocalDate on = at.atZone(ZONE).toLocalDate();
			return new TimelineEntry(at, on, TimelineEntry.Kind.INTENSIFICATION, row.status(), null,
					names.get(row.decidedBy()));
		}).toList();
	}

}
