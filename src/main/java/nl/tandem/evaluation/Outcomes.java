package nl.tandem.evaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read models of what coaching achieved, for analytics and funder reports: outcomes of
 * the evaluations, satisfaction ratings against the norm, and the follow-ups after
 * closure (retention).
 * <p>
 * Every method is one set-based SQL query over this module's tables for a set of
 * trajectories of one organisation, whatever their number. They take no user: the caller
 * (a dashboard) has decided which trajectories the user may see (by period, team, coach
 * or funder) and passes their ids. No free text is returned: remarks never reach
 * analytics.
 */
@Service
@Transactional(readOnly = true)
public class Outcomes {

	private final JdbcClient jdbc;

	Outcomes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The outcome of each trajectory with a completed evaluation: the day of the meeting,
	 * where the participant ended up and the hours per week, and how many goals were
	 * reached, partly reached, not reached or need more support. Trajectories without a
	 * completed evaluation are left out.
	 */
	public Map<Long, OutcomeRow> outcomes(long organisationId, Collection<Long> trajectoryIds) {
		Map<Long, OutcomeRow> rows = new HashMap<>();
		if (trajectoryIds.isEmpty()) {
			return rows;
		}
		this.jdbc.sql("""
				select e.trajectory_id, e.held_on, e.outcome, e.outcome_minutes_per_week,
				       count(g.position) filter (where g.result = 'REACHED') as reached,
				       count(g.position) filter (where g.result = 'PARTLY_REACHED') as partly,
				       count(g.position) filter (where g.result = 'NOT_REACHED') as not_reached,
				       count(g.position) filter (where g.result = 'NEEDS_MORE_SUPPORT') as more_support
				from evaluation e left join evaluation_goal g on g.evaluation_id = e.id
				where e.organisation_id = :organisation and e.trajectory_id = any(:ids) and e.status = 'COMPLETED'
				group by e.id
				""")
			.param("organisation", organisationId)
			.param("ids", trajectoryIds.toArray(Long[]::new))
			.query((rs, row) -> rows.put(rs.getLong("trajectory_id"),
					new OutcomeRow(rs.getObject("held_on", LocalDate.class), Outcome.valueOf(rs.getString("outcome")),
							(Integer) rs.getObject("outcome_minutes_per_week"), rs.getInt("reached"),
							rs.getInt("partly"), rs.getInt("not_reached"), rs.getInt("more_support"))))
			.list();
		return rows;
	}

	/**
	 * How many of these trajectories ended in each outcome (completed evaluations only);
	 * outcomes that did not occur are 0.
	 */
	public Map<Outcome, Integer> outcomeCounts(long organisationId, Collection<Long> trajectoryIds) {
		Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			counts.put(outcome, 0);
		}
		if (trajectoryIds.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("""
				select outcome, count(*) as n from evaluation
				where organisation_id = :organisation and trajectory_id = any(:ids) and status = 'COMPLETED'
				group by outcome
				""")
			.param("organisation", organisationId)
			.param("ids", trajectoryIds.toArray(Long[]::new))
			.query((rs, row) -> counts.put(Outcome.valueOf(rs.getString("outcome")), rs.getInt("n")))
			.list();
		return counts;
	}

	/**
	 * Per trajectory with ratings: the average of the participant's and of the employer's
	 * scores over all moments, the scores at the end (null when not given) and the number
	 * of moments rated.
	 */
	public Map<Long, RatingRow> ratings(long organisationId, Collection<Long> trajectoryIds) {
		Map<Long, RatingRow> rows = new HashMap<>();
		if (trajectoryIds.isEmpty()) {
			return rows;
		}
		this.jdbc.sql("""
				select trajectory_id, avg(participant_score) as participant, avg(employer_score) as employer,
				       max(participant_score) filter (where period_number = 0) as participant_end,
				       max(employer_score) filter (where period_number = 0) as employer_end, count(*) as moments
				from satisfaction_rating
				where organisation_id = :organisation and trajectory_id = any(:ids)
				group by trajectory_id
				""")
			.param("organisation", organisationId)
			.param("ids", trajectoryIds.toArray(Long[]::new))
			.query((rs, row) -> rows.put(rs.getLong("trajectory_id"),
					new RatingRow(number(rs.getBigDecimal("participant")), number(rs.getBigDecimal("employer")),
							(Integer) rs.getObject("participant_end"), (Integer) rs.getObject("employer_end"),
							rs.getInt("moments"))))
			.list();
		return rows;
	}

	/**
	 * The average satisfaction of participants and of employers over all ratings of these
	 * trajectories, with the number of scores behind each, to hold against the norm of
	 * {@value Ratings#NORM}.
	 */
	public RatingAverages averageRatings(long organisationId, Collection<Long> trajectoryIds) {
		if (trajectoryIds.isEmpty()) {
			return new RatingAverages(null, 0, null, 0);
		}
		return this.jdbc.sql("""
				select avg(participant_score) as participant, count(participant_score) as participants,
				       avg(employer_score) as employer, count(employer_score) as employers
				from satisfaction_rating where organisation_id = :organisation and trajectory_id = any(:ids)
				""")
			.param("organisation", organisationId)
			.param("ids", trajectoryIds.toArray(Long[]::new))
			.query((rs, row) -> new RatingAverages(number(rs.getBigDecimal("participant")), rs.getInt("participants"),
					number(rs.getBigDecimal("employer")), rs.getInt("employers")))
			.single();
	}

	/**
	 * The follow-ups of these trajectories, per trajectory by months after closure (6,
	 * 12, 24): when due and, once checked, the situation and hours per week.
	 */
	public Map<Long, Map<Integer, FollowUpRow>> followUps(long organisationId, Collection<Long> trajectoryIds) {
		Map<Long, Map<Integer, FollowUpRow>> rows = new HashMap<>();
		if (trajectoryIds.isEmpty()) {
			return rows;
		}
		this.jdbc.sql("""
				select trajectory_id, months, due_on, checked_on, situation, minutes_per_week from follow_up
				where organisation_id = :organisation and trajectory_id = any(:ids)
				""")
			.param("organisation", organisationId)
			.param("ids", trajectoryIds.toArray(Long[]::new))
			.query((rs,
					row) -> rows.computeIfAbsent(rs.getLong("trajectory_id"), id -> new TreeMap<>())
						.put(rs.getInt("months"),
								new FollowUpRow(rs.getObject("due_on", LocalDate.class),
										rs.getObject("checked_on", LocalDate.class),
										(rs.getString("situation") != null) ? Outcome.valueOf(rs.getString("situation"))
												: null,
										(Integer) rs.getObject("minutes_per_week"))))
			.list();
		return rows;
	}

	/**
	 * Retention at a number of months after closure (6, 12 or 24) among these
	 * trajectories: how many follow-ups were due by {@code today}, how many of those were
	 * checked, and how many found the person working (at the same or another employer).
	 */
	public Retention retention(long organisationId, Collection<Long> trajectoryIds, int months, LocalDate today) {
		if (trajectoryIds.isEmpty()) {
			return new Retention(months, 0, 0, 0);
		}
		return this.jdbc.sql("""
				select count(*) as due, count(checked_on) as checked,
				       count(*) filter (where situation in ('SAME_EMPLOYER', 'OTHER_EMPLOYER')) as working
				from follow_up
				where organisation_id = :organisation and trajectory_id = any(:ids) and months = :months
				  and due_on <= :today
				""")
			.param("organisation", organisationId)
			.param("ids", trajectoryIds.toArray(Long[]::new))
			.param("months", months)
			.param("today", today)
			.query((rs, row) -> new Retention(months, rs.getInt("due"), rs.getInt("checked"), rs.getInt("working")))
			.single();
	}

	private static Double number(java.math.BigDecimal value) {
		return (value != null) ? value.doubleValue() : null;
	}

	/**
	 * The outcome of one trajectory's evaluation and its goals by result.
	 */
	public record OutcomeRow(LocalDate heldOn, Outcome outcome, Integer minutesPerWeek, int goalsReached,
			int goalsPartlyReached, int goalsNotReached, int goalsNeedingMoreSupport) {

		public int goals() {
			return this.goalsReached + this.goalsPartlyReached + this.goalsNotReached + this.goalsNeedingMoreSupport;
		}

	}

	/**
	 * The ratings of one trajectory: averages over all moments, the scores at the end,
	 * and how many moments were rated.
	 */
	public record RatingRow(Double participantAverage, Double employerAverage, Integer participantAtEnd,
			Integer employerAtEnd, int moments) {
	}

	/**
	 * Average satisfaction over many trajectories, with the number of scores behind it.
	 */
	public record RatingAverages(Double participantAverage, int participantScores, Double employerAverage,
			int employerScores) {

		/**
		 * Whether both averages that exist are at least the norm of 6.5.
		 */
		public boolean meetsNorm() {
			return (this.participantAverage == null || this.participantAverage >= Ratings.NORM)
					&& (this.employerAverage == null || this.employerAverage >= Ratings.NORM);
		}

	}

	/**
	 * One follow-up: when due and what it found (situation null until checked).
	 */
	public record FollowUpRow(LocalDate dueOn, LocalDate checkedOn, Outcome situation, Integer minutesPerWeek) {
	}

	/**
	 * Retention at some months after closure: follow-ups due, checked and finding work.
	 */
	public record Retention(int months, int due, int checked, int working) {

		/**
		 * The share of checked follow-ups that found the person working, 0 to 100, or
		 * null when none was checked.
		 */
		public Integer percentWorking() {
			return (this.checked > 0) ? Math.round(100f * this.working / this.checked) : null;
		}

	}

}
