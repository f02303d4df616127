package nl.tandem.trajectory;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import nl.tandem.identity.Accounts;
import nl.tandem.trajectory.TrajectoryDetails.TimelineEntry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The anonymisation of the participant in the timeline of each of their trajectories:
 * when, by whom, and whether after the retention term or on request (never the reason,
 * which may say more than the file now does).
 */
@Component
class AnonymisationTimeline implements TimelineSource {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	AnonymisationTimeline(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Override
	public List<TimelineEntry> entries(long organisationId, long trajectoryId, boolean mayWork) {
		record Row(String kind, Timestamp at, long byAccount) {
		}
		List<Row> rows = this.jdbc.sql("""
				select a.kind, a.at, a.by_account from anonymisation a
				join trajectory t on t.organisation_id = a.organisation_id and t.participant_id = a.participant_id
				where t.organisation_id = :organisation and t.id = :trajectory
				""").param("organisation", organisationId).param("trajectory", trajectoryId).query(Row.class).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = this.accounts.names(organisationId,
				rows.stream().map(Row::byAccount).distinct().toList());
		return rows.stream()
			.map(row -> new TimelineEntry(row.at().toInstant(),
					row.at().toInstant().atZone(Trajectories.ZONE).toLocalDate(), TimelineEntry.Kind.ANONYMISATION,
					row.kind(), null, names.get(row.byAccount())))
			.toList();
	}

}
