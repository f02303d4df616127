package nl.tandem.coaching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.tandem.identity.CurrentUser;
import nl.tandem.plan.Plans;
import nl.tandem.plan.ScheduleView;
import nl.tandem.plan.Schedules;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.trajectory.GrantPeriod;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFrame;
import nl.tandem.trajectory.UsedTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logbook of a trajectory: time entries (direct, indirect, travel) linked to goals,
 * and the hours per grant period against the grant. Registering beyond the granted hours
 * needs the coach's explicit confirmation, and the time beyond is not billable.
 */
@Service
@Transactional
public class Logbook implements UsedTime {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final Trajectories trajectories;

	private final Schedules schedules;

	private final Plans plans;

	private final Clock clock;

	Logbook(JdbcClient jdbc, Trajectories trajectories, Schedules schedules, Plans plans, Clock clock) {
		this.jdbc = jdbc;
		this.trajectories = trajectories;
		this.schedules = schedules;
		this.plans = plans;
		this.clock = clock;
	}

	/**
	 * A time entry as the logbook lists it.
	 */
	public record Entry(long id, Long sessionId, TimeCategory category, LocalDate workedOn, int minutes,
			String description, List<UUID> goals, boolean billable) {
	}

	/**
	 * What a coach registers outside a session.
	 */
	public record NewEntry(TimeCategory category, LocalDate workedOn, Integer minutes, String description,
			Set<UUID> goals, boolean overGrantConfirmed) {
	}

	/**
	 * Registers time on the trajectory; only its coach does.
	 * @return the id of the entry
	 */
	public long register(CurrentUser user, long trajectoryId, NewEntry entry) {
		TrajectoryFrame frame = Sessions.requireCoach(this.trajectories.frame(user, trajectoryId), user);
		if (entry.category() == null) {
			throw new DomainRuleException("time.category.required");
		}
		return record(user, frame, null, entry.category(), entry.workedOn(), entry.minutes(), entry.description(),
				(entry.goals() != null) ? entry.goals() : Set.of(), null, entry.overGrantConfirmed());
	}

	/**
	 * Records time, checking the day, the minutes, the goals (of this trajectory's plan)
	 * and the grant.
	 */
	long record(CurrentUser user, TrajectoryFrame frame, Long sessionId, TimeCategory category, LocalDate on,
			Integer minutes, String description, Collection<UUID> goals, Set<UUID> knownGoals,
			boolean overGrantConfirmed) {
		if (on == null || on.isAfter(today())) {
			throw new DomainRuleException("time.date.invalid");
		}
		if (minutes == null || minutes < 1 || minutes > CoachingSession.MAX_MINUTES) {
			throw new DomainRuleException("time.minutes.range");
		}
		if (!goals.isEmpty()) {
			Set<UUID> known = (knownGoals != null) ? knownGoals : this.plans.goals(frame).keySet();
			if (!known.containsAll(goals)) {
				throw new DomainRuleException("time.goal.unknown");
			}
		}
		boolean billable = true;
		GrantPeriod period = (frame.grant() != null)
				? frame.grant().periods().stream().filter(p -> p.contains(on)).findFirst().orElse(null) : null;
		if (period != null) {
			int used = used(user.organisationId(), frame.id(), period.start(), period.end());
			if (used + minutes > period.minutesGranted()) {
				if (!overGrantConfirmed) {
					throw new DomainRuleException("time.overGrant.confirm", period.number());
				}
				billable = false;
			}
		}
		return this.jdbc
			.sql("""
					insert into time_entry (organisation_id, trajectory_id, session_id, category, worked_on, minutes, description,
					       goal_keys, billable, recorded_at, by_account)
					values (:organisation, :trajectory, :session, :category, :on, :minutes, :description,
					        cast(:goals as uuid[]), :billable, :at, :by)
					returning id
					""")
			.param("organisation", user.organisationId())
			.param("trajectory", frame.id())
			.param("session", sessionId)
			.param("category", category.name())
			.param("on", on)
			.param("minutes", minutes)
			.param("description", CoachingSession.strip(description))
			.param("goals", "{" + String.join(",", goals.stream().map(UUID::toString).toList()) + "}")
			.param("billable", billable)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", user.accountId())
			.query(Long.class)
			.single();
	}

	/**
	 * The time entries of a trajectory, newest first, for its coach and team lead.
	 */
	@Transactional(readOnly = true)
	public List<Entry> entries(CurrentUser user, long trajectoryId) {
		return entries(this.trajectories.frame(user, trajectoryId));
	}

	/**
	 * The time entries of a trajectory whose frame the caller already has.
	 */
	@Transactional(readOnly = true)
	public List<Entry> entries(TrajectoryFrame frame) {
		long trajectoryId = frame.id();
		return this.jdbc.sql("""
				select id, session_id, category, worked_on, minutes, description, goal_keys, billable from time_entry
				where organisation_id = :organisation and trajectory_id = :trajectory order by worked_on desc, id desc
				""")
			.param("organisation", frame.organisationId())
			.param("trajectory", trajectoryId)
			.query((rs, row) -> new Entry(rs.getLong("id"), (Long) rs.getObject("session_id"),
					TimeCategory.valueOf(rs.getString("category")), rs.getObject("worked_on", LocalDate.class),
					rs.getInt("minutes"), rs.getString("description"),
					List.of((UUID[]) rs.getArray("goal_keys").getArray()), rs.getBoolean("billable")))
			.list();
	}

	/**
	 * Per grant period: granted, planned, used, not billable and the forecast from the
	 * sessions still planned.
	 */
	@Transactional(readOnly = true)
	public List<PeriodHours> hours(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = this.trajectories.frame(user, trajectoryId);
		return hours(frame, this.schedules.schedule(user, frame));
	}

	/**
	 * The hours per grant period of a trajectory whose frame and schedule the caller
	 * already has (the frame is the proof that the user may work on it).
	 */
	@Transactional(readOnly = true)
	public List<PeriodHours> hours(TrajectoryFrame frame, ScheduleView schedule) {
		long trajectoryId = frame.id();
		if (frame.grant() == null) {
			return List.of();
		}
		record Used(LocalDate on, int minutes, boolean billable) {
		}
		List<Used> used = this.jdbc.sql("""
				select worked_on, minutes, billable from time_entry
				where organisation_id = :organisation and trajectory_id = :trajectory
				""")
			.param("organisation", frame.organisationId())
			.param("trajectory", trajectoryId)
			.query((rs, row) -> new Used(rs.getObject("worked_on", LocalDate.class), rs.getInt("minutes"),
					rs.getBoolean("billable")))
			.list();
		LocalDate today = today();
		List<PeriodHours> hours = new ArrayList<>();
		for (GrantPeriod period : frame.grant().periods()) {
			int minutesUsed = used.stream().filter(u -> period.contains(u.on())).mapToInt(Used::minutes).sum();
			int notBillable = used.stream()
				.filter(u -> period.contains(u.on()) && !u.billable())
				.mapToInt(Used::minutes)
				.sum();
			int planned = schedule.sessions()
				.stream()
				.filter(s -> period.contains(s.on()))
				.mapToInt(ScheduleView.Session::minutes)
				.sum();
			int toCome = schedule.sessions()
				.stream()
				.filter(s -> !s.held() && period.contains(s.on()) && !s.on().isBefore(today))
				.mapToInt(ScheduleView.Session::minutes)
				.sum();
			hours.add(new PeriodHours(period.number(), period.start(), period.end(), period.minutesGranted(), planned,
					minutesUsed, notBillable, minutesUsed + toCome));
		}
		return hours;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Integer> minutesUsed(long organisationId, Map<Long, Period> periods) {
		if (periods.isEmpty()) {
			return Map.of();
		}
		LocalDate earliest = periods.values().stream().map(Period::from).min(LocalDate::compareTo).orElseThrow();
		Map<Long, Integer> used = new java.util.HashMap<>();
		this.jdbc.sql("""
				select trajectory_id, worked_on, sum(minutes) as minutes from time_entry
				where organisation_id = :organisation and trajectory_id in (:ids) and worked_on >= :earliest
				group by trajectory_id, worked_on
				""")
			.param("organisation", organisationId)
			.param("ids", periods.keySet())
			.param("earliest", earliest)
			.query((rs, row) -> {
				long trajectory = rs.getLong("trajectory_id");
				LocalDate on = rs.getObject("worked_on", LocalDate.class);
				Period period = periods.get(trajectory);
				if (!on.isBefore(period.from()) && !on.isAfter(period.to())) {
					used.merge(trajectory, rs.getInt("minutes"), Integer::sum);
				}
				return trajectory;
			})
			.list();
		return used;
	}

	/**
	 * The burn-down of the grant period that holds today (or the last one that began):
	 * week by week the granted hours still left after the time used, and from today on
	 * what the planned sessions would leave.
	 */
	@Transactional(readOnly = true)
	public BurnDown burnDown(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = this.trajectories.frame(user, trajectoryId);
		ScheduleView schedule = this.schedules.schedule(user, frame);
		return burnDown(frame, schedule, hours(frame, schedule));
	}

	/**
	 * The burn-down for a trajectory whose frame, schedule and hours the caller already
	 * has.
	 */
	@Transactional(readOnly = true)
	public BurnDown burnDown(TrajectoryFrame frame, ScheduleView schedule, List<PeriodHours> periods) {
		LocalDate today = today();
		PeriodHours period = periods.stream()
			.filter(p -> p.contains(today))
			.findFirst()
			.orElseGet(() -> periods.stream().filter(p -> !p.start().isAfter(today)).reduce((a, b) -> b).orElse(null));
		if (period == null) {
			return null;
		}
		List<Entry> entries = entries(frame);
		List<ScheduleView.Session> planned = schedule.sessions()
			.stream()
			.filter(s -> !s.held() && !s.on().isBefore(today) && period.contains(s.on()))
			.toList();
		List<LocalDate> weeks = new ArrayList<>();
		List<Integer> used = new ArrayList<>();
		List<Integer> forecast = new ArrayList<>();
		int usedBeforeToday = 0;
		for (LocalDate week = period.start(); !week.isAfter(period.end()); week = week.plusWeeks(1)) {
			LocalDate end = week.plusDays(6);
			weeks.add(week);
			int usedUntil = entries.stream()
				.filter(e -> !e.workedOn().isBefore(period.start()) && !e.workedOn().isAfter(end))
				.mapToInt(Entry::minutes)
				.sum();
			if (!week.isAfter(today)) {
				used.add(period.minutesGranted() - usedUntil);
				usedBeforeToday = usedUntil;
				forecast.add(week.plusWeeks(1).isAfter(today) ? period.minutesGranted() - usedUntil : null);
			}
			else {
				used.add(null);
				int plannedUntil = planned.stream()
					.filter(s -> !s.on().isAfter(end))
					.mapToInt(ScheduleView.Session::minutes)
					.sum();
				forecast.add(period.minutesGranted() - usedBeforeToday - plannedUntil);
			}
		}
		return new BurnDown(period.number(), weeks, used, forecast);
	}

	/**
	 * Minutes of the grant left per week: after the time used (up to today) and after the
	 * planned sessions (from today).
	 */
	public record BurnDown(int period, List<LocalDate> weeks, List<Integer> left, List<Integer> forecast) {
	}

	private int used(long organisationId, long trajectoryId, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("""
					select coalesce(sum(minutes), 0) from time_entry
					where organisation_id = :organisation and trajectory_id = :trajectory and worked_on between :from and :to
					""")
			.param("organisation", organisationId)
			.param("trajectory", trajectoryId)
			.param("from", from)
			.param("to", to)
			.query(Integer.class)
			.single();
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

}
