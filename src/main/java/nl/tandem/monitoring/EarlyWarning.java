package nl.tandem.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.tandem.trajectory.ContextEventKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The early-warning read models for signals and dashboards: for a collection of
 * trajectories of one organisation, each answered by one SQL query over the monitoring
 * tables, however many trajectories are asked for.
 * <ul>
 * <li>{@link #currentZones}: the current zone of each trajectory and since when it has
 * been in it; {@link #raisedZones} only those in orange or red (a signal).</li>
 * <li>{@link #greenFor}: the trajectories whose zone has been green without interruption
 * for at least a number of weeks (for the phase-out readiness indicator).</li>
 * <li>{@link #openProposals}: the proposed intensifications without a decision (a
 * signal): a context event or a raised zone the coach has not yet acted on.</li>
 * </ul>
 * The caller decides which trajectories the user may see at all (e.g. those of
 * {@code Caseloads}) and passes only those; these methods check no user. What they return
 * is sensitive: show the zone itself only to the trajectory's assigned coach, and to a
 * team lead only that a signal exists. Nothing here is logged; the pages that show the
 * content are.
 */
@Service
@Transactional(readOnly = true)
public class EarlyWarning {

	/**
	 * The current zone per trajectory: the latest record, and the first day of the
	 * unbroken run of records in that zone (the earliest record with no record of another
	 * zone after it). One index probe per trajectory for the latest record; the run's
	 * first day only for the trajectories the caller's condition keeps.
	 */
	private static final String CURRENT = """
			with current as (
			  select t.id as trajectory_id, l.zone, l.recorded_on,
			         (select min(z.recorded_on) from zone_record z
			          where z.organisation_id = :organisation and z.trajectory_id = t.id and z.zone = l.zone
			            and not exists (select 1 from zone_record y
			                            where y.organisation_id = :organisation and y.trajectory_id = t.id
			                              and y.zone <> l.zone and (y.recorded_on, y.id) > (z.recorded_on, z.id))) as since
			  from unnest(:ids) as t(id)
			  cross join lateral (select r.zone, r.recorded_on from zone_record r
			                      where r.organisation_id = :organisation and r.trajectory_id = t.id
			                      order by r.recorded_on desc, r.id desc limit 1) l
			)
			""";

	private final JdbcClient jdbc;

	EarlyWarning(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The current zone of each of these trajectories that has one, by trajectory id.
	 */
	public Map<Long, CurrentZone> currentZones(long organisationId, Collection<Long> trajectoryIds) {
		return zones(organisationId, trajectoryIds, "select * from current");
	}

	/**
	 * The trajectories among these whose current zone is orange or red, with since when.
	 */
	public Map<Long, CurrentZone> raisedZones(long organisationId, Collection<Long> trajectoryIds) {
		return zones(organisationId, trajectoryIds, "select * from current where zone in ('ORANGE', 'RED')");
	}

	/**
	 * The trajectories among these whose zone has been green without interruption for at
	 * least {@code weeks} weeks up to today: green is the current zone, and every record
	 * since the day {@code weeks} weeks ago was green, the first of that run on or before
	 * that day. A trajectory without zones is not counted as stable.
	 */
	public Set<Long> greenFor(long organisationId, Collection<Long> trajectoryIds, int weeks, LocalDate today) {
		if (trajectoryIds.isEmpty()) {
			return Set.of();
		}
		return new LinkedHashSet<>(this.jdbc
			.sql(CURRENT + "select trajectory_id from current where zone = 'GREEN' and since <= :from order by 1")
			.param("organisation", organisationId)
			.param("ids", ids(trajectoryIds))
			.param("from", today.minusWeeks(weeks))
			.query(Long.class)
			.list());
	}

	/**
	 * The open (undecided) proposals for intensification of these trajectories, oldest
	 * first: what called for each (a kind of context event, or a zone) and since when.
	 */
	public List<OpenProposal> openProposals(long organisationId, Collection<Long> trajectoryIds) {
		if (trajectoryIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select id, trajectory_id, trigger, event_kind, zone, occurred_on, proposed_at from intensification
				where organisation_id = :organisation and trajectory_id = any(:ids) and status = 'PROPOSED'
				order by proposed_at, id
				""")
			.param("organisation", organisationId)
			.param("ids", ids(trajectoryIds))
			.query(EarlyWarning::openProposal)
			.list();
	}

	/**
	 * A trajectory's current zone: since when it has been in it without interruption, and
	 * the day it was last recorded.
	 */
	public record CurrentZone(long trajectoryId, Zone zone, LocalDate since, LocalDate lastRecordedOn) {
	}

	/**
	 * A proposed intensification without a decision: for a context event (its kind) or a
	 * zone, on the day that happened, proposed at a moment.
	 */
	public record OpenProposal(long id, long trajectoryId, IntensificationTrigger trigger, ContextEventKind eventKind,
			Zone zone, LocalDate occurredOn, Instant proposedAt) {
	}

	private Map<Long, CurrentZone> zones(long organisationId, Collection<Long> trajectoryIds, String select) {
		if (trajectoryIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, CurrentZone> zones = new LinkedHashMap<>();
		this.jdbc.sql(CURRENT + select + " order by trajectory_id")
			.param("organisation", organisationId)
			.param("ids", ids(trajectoryIds))
			.query((rs, row) -> zones.put(rs.getLong("trajectory_id"),
					new CurrentZone(rs.getLong("trajectory_id"), Zone.valueOf(rs.getString("zone")),
							rs.getObject("since", LocalDate.class), rs.getObject("recorded_on", LocalDate.class))))
			.list();
		return zones;
	}

	private static OpenProposal openProposal(ResultSet rs, int row) throws SQLException {
		return new OpenProposal(rs.getLong("id"), rs.getLong("trajectory_id"),
				IntensificationTrigger.valueOf(rs.getString("trigger")),
				(rs.getString("event_kind") != null) ? ContextEventKind.valueOf(rs.getString("event_kind")) : null,
				(rs.getString("zone") != null) ? Zone.valueOf(rs.getString("zone")) : null,
				rs.getObject("occurred_on", LocalDate.class), rs.getTimestamp("proposed_at").toInstant());
	}

	private static Long[] ids(Collection<Long> trajectoryIds) {
		return trajectoryIds.toArray(Long[]::new);
	}

}
