package nl.tandem.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.tandem.monitoring.CheckInSignals.AllianceStatus;
import nl.tandem.monitoring.CheckInSignals.LatestBalance;
import nl.tandem.monitoring.CheckInSignals.ValuesDroppedOut;
import nl.tandem.participant.WorkValue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL read models of the check-ins: one query each, scoped to the organisation, for
 * one trajectory (its history) or for a set of trajectories at once (the signals).
 */
@Component
class CheckInQueries {

	private static final String ALLIANCE_SUM = "(goals_shared + goals_clear + tasks_helpful + tasks_agreed + bond_trust + bond_respect)";

	private final JdbcClient jdbc;

	CheckInQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The latest work-values check-ins of a trajectory, newest first, at most
	 * {@code limit}.
	 */
	List<WorkValueCheckInView> workValues(long organisationId, long trajectoryId, int limit) {
		Map<Long, WorkValueRow> rows = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select c.id, c.moment, c.taken_on, c.remark, c.version, a.work_value, a.importance, a.enabled, a.realised
					from (select * from work_value_check_in
					      where organisation_id = :organisation and trajectory_id = :trajectory
					      order by taken_on desc, id desc limit :limit) c
					join work_value_answer a on a.work_value_check_in_id = c.id and a.organisation_id = c.organisation_id
					order by c.taken_on desc, c.id desc
					""")
			.param("organisation", organisationId)
			.param("trajectory", trajectoryId)
			.param("limit", limit)
			.query((rs, n) -> {
				WorkValueRow row = rows.computeIfAbsent(rs.getLong("id"), id -> workValueRow(rs, id));
				row.answers()
					.put(WorkValue.valueOf(rs.getString("work_value")),
							new WorkValueAnswer(WorkValue.valueOf(rs.getString("work_value")), rs.getInt("importance"),
									rs.getInt("enabled"), rs.getInt("realised")));
				return null;
			})
			.list();
		return rows.values()
			.stream()
			.map(r -> new WorkValueCheckInView(r.id(), r.moment(), r.takenOn(), List.copyOf(r.answers().values()),
					r.remark(), r.version()))
			.toList();
	}

	private record WorkValueRow(long id, WorkValueMoment moment, LocalDate takenOn, String remark, long version,
			Map<WorkValue, WorkValueAnswer> answers) {
	}

	private static WorkValueRow workValueRow(ResultSet rs, long id) {
		try {
			return new WorkValueRow(id, WorkValueMoment.valueOf(rs.getString("moment")),
					rs.getObject("taken_on", LocalDate.class), rs.getString("remark"), rs.getLong("version"),
					new EnumMap<>(WorkValue.class));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The day of the latest work-values check-in of each moment of a trajectory.
	 */
	Map<WorkValueMoment, LocalDate> workValueMoments(long organisationId, long trajectoryId) {
		Map<WorkValueMoment, LocalDate> moments = new EnumMap<>(WorkValueMoment.class);
		this.jdbc.sql("""
				select moment, max(taken_on) as latest from work_value_check_in
				where organisation_id = :organisation and trajectory_id = :trajectory group by moment
				""").param("organisation", organisationId).param("trajectory", trajectoryId).query((rs, n) -> {
			moments.put(WorkValueMoment.valueOf(rs.getString("moment")), rs.getObject("latest", LocalDate.class));
			return null;
		}).list();
		return moments;
	}

	/**
	 * The latest balance and load check-ins of a trajectory, newest first.
	 */
	List<BalanceCheckInView> balance(long organisationId, long trajectoryId, int limit) {
		return this.jdbc.sql("""
				select id, taken_on, balance, load, sleep, energy, remark, version from balance_check_in
				where organisation_id = :organisation and trajectory_id = :trajectory
				order by taken_on desc, id desc limit :limit
				""")
			.param("organisation", organisationId)
			.param("trajectory", trajectoryId)
			.param("limit", limit)
			.query((rs, n) -> new BalanceCheckInView(rs.getLong("id"), rs.getObject("taken_on", LocalDate.class),
					new BalanceScores(rs.getInt("balance"), rs.getInt("load"), rs.getInt("sleep"), rs.getInt("energy")),
					rs.getString("remark"), rs.getLong("version")))
			.list();
	}

	/**
	 * The latest working-alliance questionnaires of a trajectory, newest first.
	 */
	List<AllianceCheckInView> alliance(long organisationId, long trajectoryId, int limit) {
		return this.jdbc.sql("""
				select id, taken_on, goals_shared, goals_clear, tasks_helpful, tasks_agreed, bond_trust, bond_respect,
				       remark, version
				from alliance_check_in where organisation_id = :organisation and trajectory_id = :trajectory
				order by taken_on desc, id desc limit :limit
				""")
			.param("organisation", organisationId)
			.param("trajectory", trajectoryId)
			.param("limit", limit)
			.query((rs, n) -> new AllianceCheckInView(rs.getLong("id"), rs.getObject("taken_on", LocalDate.class),
					new AllianceAnswers(rs.getInt("goals_shared"), rs.getInt("goals_clear"), rs.getInt("tasks_helpful"),
							rs.getInt("tasks_agreed"), rs.getInt("bond_trust"), rs.getInt("bond_respect")),
					rs.getString("remark"), rs.getLong("version")))
			.list();
	}

	/**
	 * For each trajectory whose latest work-values check-in has values that were in the
	 * capability set at the check-in before it and are not any more: those values.
	 */
	Map<Long, ValuesDroppedOut> droppedOut(long organisationId, Collection<Long> trajectoryIds) {
		record Row(long trajectoryId, LocalDate takenOn, LocalDate previousOn, WorkValue value) {
		}
		List<Row> rows = this.jdbc
			.sql("""
					with latest as (
					    select id, trajectory_id, taken_on, lead(id) over latest_first as previous_id,
					           lead(taken_on) over latest_first as previous_on, row_number() over latest_first as rank
					    from work_value_check_in
					    where organisation_id = :organisation and trajectory_id in (:ids)
					    window latest_first as (partition by trajectory_id order by taken_on desc, id desc)
					)
					select latest.trajectory_id, latest.taken_on, latest.previous_on, earlier.work_value
					from latest
					join work_value_answer earlier on earlier.work_value_check_in_id = latest.previous_id and earlier.in_capability_set
					join work_value_answer now on now.work_value_check_in_id = latest.id and now.work_value = earlier.work_value
					where latest.rank = 1 and not now.in_capability_set
					""")
			.param("organisation", organisationId)
			.param("ids", trajectoryIds)
			.query((rs, n) -> new Row(rs.getLong("trajectory_id"), rs.getObject("taken_on", LocalDate.class),
					rs.getObject("previous_on", LocalDate.class), WorkValue.valueOf(rs.getString("work_value"))))
			.list();
		Map<Long, Set<WorkValue>> values = new HashMap<>();
		Map<Long, Row> first = new HashMap<>();
		for (Row row : rows) {
			values.computeIfAbsent(row.trajectoryId(), id -> EnumSet.noneOf(WorkValue.class)).add(row.value());
			first.putIfAbsent(row.trajectoryId(), row);
		}
		Map<Long, ValuesDroppedOut> dropped = new HashMap<>();
		first.forEach((id, row) -> dropped.put(id,
				new ValuesDroppedOut(id, row.takenOn(), row.previousOn(), values.get(id))));
		return dropped;
	}

	/**
	 * The latest working-alliance score of each trajectory that has one, with the score
	 * before it; low and falling by {@link AllianceRules}, on the sums of the answers.
	 */
	Map<Long, AllianceStatus> latestAlliance(long organisationId, Collection<Long> trajectoryIds) {
		Map<Long, AllianceStatus> latest = new HashMap<>();
		this.jdbc.sql("""
				select trajectory_id, taken_on, total, previous_total from (
				    select trajectory_id, taken_on, %1$s as total,
				           lead(%1$s) over latest_first as previous_total,
				           row_number() over latest_first as rank
				    from alliance_check_in
				    where organisation_id = :organisation and trajectory_id in (:ids)
				    window latest_first as (partition by trajectory_id order by taken_on desc, id desc)
				) ranked where rank = 1
				""".formatted(ALLIANCE_SUM))
			.param("organisation", organisationId)
			.param("ids", trajectoryIds)
			.query((rs, n) -> {
				int total = rs.getInt("total");
				Integer previous = (Integer) rs.getObject("previous_total");
				latest.put(rs.getLong("trajectory_id"), AllianceRules.status(rs.getLong("trajectory_id"),
						rs.getObject("taken_on", LocalDate.class), total, previous));
				return null;
			})
			.list();
		return latest;
	}

	/**
	 * The day of the latest working-alliance questionnaire of each trajectory that has
	 * one.
	 */
	Map<Long, LocalDate> latestAllianceDays(long organisationId, Collection<Long> trajectoryIds) {
		Map<Long, LocalDate> days = new HashMap<>();
		this.jdbc.sql("""
				select trajectory_id, max(taken_on) as latest from alliance_check_in
				where organisation_id = :organisation and trajectory_id in (:ids) group by trajectory_id
				""").param("organisation", organisationId).param("ids", trajectoryIds).query((rs, n) -> {
			days.put(rs.getLong("trajectory_id"), rs.getObject("latest", LocalDate.class));
			return null;
		}).list();
		return days;
	}

	/**
	 * The latest balance and load scores of each trajectory that has them, with those of
	 * the check-in before and the items that are low or dropped
	 * ({@link BalanceStability}).
	 */
	Map<Long, LatestBalance> latestBalance(long organisationId, Collection<Long> trajectoryIds) {
		Map<Long, LatestBalance> latest = new HashMap<>();
		this.jdbc
			.sql("""
					select * from (
					    select trajectory_id, taken_on, balance, load, sleep, energy,
					           lead(balance) over latest_first as previous_balance, lead(load) over latest_first as previous_load,
					           lead(sleep) over latest_first as previous_sleep, lead(energy) over latest_first as previous_energy,
					           row_number() over latest_first as rank
					    from balance_check_in
					    where organisation_id = :organisation and trajectory_id in (:ids)
					    window latest_first as (partition by trajectory_id order by taken_on desc, id desc)
					) ranked where rank = 1
					""")
			.param("organisation", organisationId)
			.param("ids", trajectoryIds)
			.query((rs, n) -> {
				BalanceScores scores = new BalanceScores(rs.getInt("balance"), rs.getInt("load"), rs.getInt("sleep"),
						rs.getInt("energy"));
				BalanceScores previous = (rs.getObject("previous_balance") != null)
						? new BalanceScores(rs.getInt("previous_balance"), rs.getInt("previous_load"),
								rs.getInt("previous_sleep"), rs.getInt("previous_energy"))
						: null;
				long trajectoryId = rs.getLong("trajectory_id");
				latest.put(trajectoryId, new LatestBalance(trajectoryId, rs.getObject("taken_on", LocalDate.class),
						scores, previous, BalanceStability.concerns(scores, previous)));
				return null;
			})
			.list();
		return latest;
	}

	static <T> List<T> oldestFirst(List<T> newestFirst) {
		List<T> reversed = new ArrayList<>(newestFirst);
		java.util.Collections.reverse(reversed);
		return reversed;
	}

	Map<Long, CheckIns.CapabilityChange> capabilityChange(long organisationId, Collection<Long> trajectoryIds) {
		Map<Long, CheckIns.CapabilityChange> changes = new HashMap<>();
		this.jdbc
			.sql("""
					with ranked as (
					  select c.trajectory_id, c.moment, c.id,
					         row_number() over (partition by c.trajectory_id, c.moment order by c.taken_on, c.id) as first_one,
					         row_number() over (partition by c.trajectory_id, c.moment order by c.taken_on desc, c.id desc) as last_one
					  from work_value_check_in c
					  where c.organisation_id = :organisation and c.trajectory_id = any(:ids) and c.moment in ('INTAKE', 'EVALUATION')
					), picked as (
					  select trajectory_id, moment, id from ranked
					  where (moment = 'INTAKE' and first_one = 1) or (moment = 'EVALUATION' and last_one = 1)
					)
					select p.trajectory_id,
					       count(*) filter (where p.moment = 'INTAKE' and a.in_capability_set) as at_intake,
					       count(*) filter (where p.moment = 'EVALUATION' and a.in_capability_set) as at_evaluation
					from picked p join work_value_answer a on a.work_value_check_in_id = p.id and a.organisation_id = :organisation
					group by p.trajectory_id having count(distinct p.moment) = 2
					""")
			.param("organisation", organisationId)
			.param("ids", trajectoryIds.toArray(Long[]::new))
			.query((rs, n) -> changes.put(rs.getLong("trajectory_id"),
					new CheckIns.CapabilityChange(rs.getInt("at_intake"), rs.getInt("at_evaluation"))))
			.list();
		return changes;
	}

}
