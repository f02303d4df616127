package nl.tandem.coaching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.tandem.identity.CurrentUser;
import nl.tandem.plan.Plans;
import nl.tandem.plan.ScheduleView;
import nl.tandem.plan.Schedules;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
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
 * needs the coach's explicit confirmation, and the minutes beyond the grant are not
 * billable. Entries registered outside a session can be corrected and removed; those of a
 * session follow the session.
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
			String description, List<UUID> goals, int billableMinutes, long version) {

		/**
		 * Whether all of the entry is billable.
		 */
		public boolean billable() {
			return this.billableMinutes == this.minutes;
		}

		/**
		 * The minutes beyond the grant, which are not billed.
		 */
		public int notBillableMinutes() {
			return this.minutes - this.billableMinutes;
		}

	}

	/**
	 * What registering some minutes on a day would do to the hours of the grant period
	 * that holds the day: the minutes used before and after, and how many of the new
	 * minutes would still be billable.
	 */
	public record GrantCheck(int period, int minutesGranted, int usedBefore, int minutes, int billableMinutes) {

		public int usedAfter() {
			return this.usedBefore + this.minutes;
		}

		public boolean crossesGrant() {
			return this.billableMinutes < this.minutes;
		}

		public int percentAfter() {
			return (this.minutesGranted > 0) ? (int) Math.round(100.0 * usedAfter() / this.minutesGranted) : 0;
		}

		public String hoursGranted() {
			return nl.tandem.trajectory.Hours.format(this.minutesGranted);
		}

		public String hoursAfter() {
			return nl.tandem.trajectory.Hours.format(usedAfter());
		}

		public String hoursNotBillable() {
			return nl.tandem.trajectory.Hours.format(this.minutes - this.billableMinutes);
		}

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
		int billable = check(frame, on, minutes, goals, knownGoals, null, overGrantConfirmed);
		return this.jdbc
			.sql("""
					insert into time_entry (organisation_id, trajectory_id, session_id, category, worked_on, minutes, description,
					       goal_keys, billable_minutes, recorded_at, by_account)
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
			.param("goals", uuids(goals))
			.param("billable", billable)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", user.accountId())
			.query(Long.class)
			.single();
	}

	/**
	 * Corrects a time entry registered outside a session (the time of a session is
	 * corrected with the session). The entry must still be the version the coach opened;
	 * the grant is checked again as if the entry were new.
	 */
	public void correct(CurrentUser user, long trajectoryId, long entryId, long version, NewEntry entry) {
		TrajectoryFrame frame = Sessions.requireCoach(this.trajectories.frame(user, trajectoryId), user);
		Entry stored = entry(frame, entryId);
		if (stored.sessionId() != null) {
			throw new DomainRuleException("time.ofSession");
		}
		ConcurrentEditException.check("time entry", entryId, stored.version(), version);
		if (entry.category() == null) {
			throw new DomainRuleException("time.category.required");
		}
		Collection<UUID> goals = (entry.goals() != null) ? entry.goals() : Set.of();
		int billable = check(frame, entry.workedOn(), entry.minutes(), goals, null, entryId,
				entry.overGrantConfirmed());
		update(user, frame, entryId, version, entry.category(), entry.workedOn(), entry.minutes(), entry.description(),
				goals, billable);
	}

	/**
	 * Corrects the direct time of a session after the session was corrected.
	 */
	void correctOfSession(CurrentUser user, TrajectoryFrame frame, long sessionId, LocalDate on, int minutes,
			Collection<UUID> goals, Set<UUID> knownGoals, boolean overGrantConfirmed) {
		Entry stored = this.jdbc.sql("""
				select id, version from time_entry
				where organisation_id = :organisation and trajectory_id = :trajectory and session_id = :session
				""")
			.param("organisation", frame.organisationId())
			.param("trajectory", frame.id())
			.param("session", sessionId)
			.query((rs, row) -> new Entry(rs.getLong("id"), sessionId, TimeCategory.DIRECT, on, minutes, null,
					List.of(), 0, rs.getLong("version")))
			.optional()
			.orElse(null);
		if (stored == null) {
			record(user, frame, sessionId, TimeCategory.DIRECT, on, minutes, null, goals, knownGoals,
					overGrantConfirmed);
			return;
		}
		int billable = check(frame, on, minutes, goals, knownGoals, stored.id(), overGrantConfirmed);
		update(user, frame, stored.id(), stored.version(), TimeCategory.DIRECT, on, minutes, null, goals, billable);
	}

	/**
	 * Removes a time entry registered outside a session, when it is still the version the
	 * coach saw.
	 */
	public void remove(CurrentUser user, long trajectoryId, long entryId, long version) {
		TrajectoryFrame frame = Sessions.requireCoach(this.trajectories.frame(user, trajectoryId), user);
		Entry stored = entry(frame, entryId);
		if (stored.sessionId() != null) {
			throw new DomainRuleException("time.ofSession");
		}
		int removed = this.jdbc
			.sql("""
					delete from time_entry
					where organisation_id = :organisation and trajectory_id = :trajectory and id = :id and version = :version
					""")
			.param("organisation", frame.organisationId())
			.param("trajectory", frame.id())
			.param("id", entryId)
			.param("version", version)
			.update();
		if (removed == 0) {
			throw new ConcurrentEditException("time entry", entryId);
		}
	}

	/**
	 * One time entry of a trajectory; 404 when it is not there.
	 */
	@Transactional(readOnly = true)
	public Entry entry(CurrentUser user, long trajectoryId, long entryId) {
		return entry(this.trajectories.frame(user, trajectoryId), entryId);
	}

	private Entry entry(TrajectoryFrame frame, long entryId) {
		return this.jdbc.sql(SELECT_ENTRY + " and id = :id")
			.param("organisation", frame.organisationId())
			.param("trajectory", frame.id())
			.param("id", entryId)
			.query(Logbook::entry)
			.optional()
			.orElseThrow(() -> new NotFoundException("time entry", entryId));
	}

	/**
	 * What registering these minutes on this day would do to the grant, for the form to
	 * show before the coach saves; empty without a grant period on that day or with
	 * invalid input.
	 * @param replacing the entry being corrected, whose minutes are then not counted
	 * @param replacingSession the session being corrected, whose time is then not counted
	 */
	@Transactional(readOnly = true)
	public Optional<GrantCheck> checkGrant(CurrentUser user, long trajectoryId, LocalDate on, Integer minutes,
			Long replacing, Long replacingSession) {
		TrajectoryFrame frame = this.trajectories.frame(user, trajectoryId);
		if (on == null || minutes == null || minutes < 1 || minutes > CoachingSession.MAX_MINUTES) {
			return Optional.empty();
		}
		Long entry = replacing;
		if (entry == null && replacingSession != null) {
			entry = this.jdbc.sql("""
					select id from time_entry
					where organisation_id = :organisation and trajectory_id = :trajectory and session_id = :session
					""")
				.param("organisation", frame.organisationId())
				.param("trajectory", frame.id())
				.param("session", replacingSession)
				.query(Long.class)
				.optional()
				.orElse(null);
		}
		return grantCheck(frame, on, minutes, entry);
	}

	private Optional<GrantCheck> grantCheck(TrajectoryFrame frame, LocalDate on, int minutes, Long replacing) {
		GrantPeriod period = (frame.grant() != null)
				? frame.grant().periods().stream().filter(p -> p.contains(on)).findFirst().orElse(null) : null;
		if (period == null) {
			return Optional.empty();
		}
		int used = used(frame.organisationId(), frame.id(), period.start(), period.end(), replacing);
		int billable = Math.max(0, Math.min(minutes, period.minutesGranted() - used));
		return Optional.of(new GrantCheck(period.number(), period.minutesGranted(), used, minutes, billable));
	}

	/**
	 * Checks the day, the minutes, the goals (of this trajectory's plan) and the grant.
	 * @return the billable minutes: those within the grant
	 */
	private int check(TrajectoryFrame frame, LocalDate on, Integer minutes, Collection<UUID> goals,
			Set<UUID> knownGoals, Long replacing, boolean overGrantConfirmed) {
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
		Optional<GrantCheck> check = grantCheck(frame, on, minutes, replacing);
		if (check.isPresent() && check.get().crossesGrant() && !overGrantConfirmed) {
			throw new DomainRuleException("time.overGrant.confirm", check.get().period());
		}
		return check.map(GrantCheck::billableMinutes).orElse(minutes);
	}

	private void update(CurrentUser user, TrajectoryFrame frame, long entryId, long version, TimeCategory category,
			LocalDate on, int minutes, String description, Collection<UUID> goals, int billable) {
		int updated = this.jdbc
			.sql("""
					update time_entry set category = :category, worked_on = :on, minutes = :minutes, description = :description,
					       goal_keys = cast(:goals as uuid[]), billable_minutes = :billable, corrected_at = :at, corrected_by = :by,
					       version = version + 1
					where organisation_id = :organisation and trajectory_id = :trajectory and id = :id and version = :version
					""")
			.param("category", category.name())
			.param("on", on)
			.param("minutes", minutes)
			.param("description", CoachingSession.strip(description))
			.param("goals", uuids(goals))
			.param("billable", billable)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", user.accountId())
			.param("organisation", frame.organisationId())
			.param("trajectory", frame.id())
			.param("id", entryId)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new ConcurrentEditException("time entry", entryId);
		}
	}

	private static String uuids(Collection<UUID> goals) {
		return "{" + String.join(",", goals.stream().map(UUID::toString).toList()) + "}";
	}

	private static final String SELECT_ENTRY = """
			select id, session_id, category, worked_on, minutes, description, goal_keys, billable_minutes, version
			from time_entry where organisation_id = :organisation and trajectory_id = :trajectory""";

	private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Entry(rs.getLong("id"), (Long) rs.getObject("session_id"),
				TimeCategory.valueOf(rs.getString("category")), rs.getObject("worked_on", LocalDate.class),
				rs.getInt("minutes"), rs.getString("description"),
				List.of((UUID[]) rs.getArray("goal_keys").getArray()), rs.getInt("billable_minutes"),
				rs.getLong("version"));
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
		return this.jdbc.sql(SELECT_ENTRY + " order by worked_on desc, id desc")
			.param("organisation", frame.organisationId())
			.param("trajectory", trajectoryId)
			.query(Logbook::entry)
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
		record Used(LocalDate on, int minutes, int billable) {
		}
		List<Used> used = this.jdbc.sql("""
				select worked_on, minutes, billable_minutes from time_entry
				where organisation_id = :organisation and trajectory_id = :trajectory
				""")
			.param("organisation", frame.organisationId())
			.param("trajectory", trajectoryId)
			.query((rs, row) -> new Used(rs.getObject("worked_on", LocalDate.class), rs.getInt("minutes"),
					rs.getInt("billable_minutes")))
			.list();
		LocalDate today = today();
		List<PeriodHours> hours = new ArrayList<>();
		for (GrantPeriod period : frame.grant().periods()) {
			int minutesUsed = used.stream().filter(u -> period.contains(u.on())).mapToInt(Used::minutes).sum();
			int notBillable = used.stream()
				.filter(u -> period.contains(u.on()))
				.mapToInt(u -> u.minutes() - u.billable())
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

	/**
	 * All minutes registered on each of these trajectories, in one query; trajectories
	 * without time are left out. For analytics: hours per trajectory.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Integer> totalMinutes(long organisationId, Collection<Long> trajectoryIds) {
		Map<Long, Integer> totals = new java.util.HashMap<>();
		if (trajectoryIds.isEmpty()) {
			return totals;
		}
		this.jdbc.sql("""
				select trajectory_id, sum(minutes) as minutes from time_entry
				where organisation_id = :organisation and trajectory_id = any(:ids) group by trajectory_id
				""")
			.param("organisation", organisationId)
			.param("ids", trajectoryIds.toArray(Long[]::new))
			.query((rs, row) -> totals.put(rs.getLong("trajectory_id"), rs.getInt("minutes")))
			.list();
		return totals;
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

	private int used(long organisationId, long trajectoryId, LocalDate from, LocalDate to, Long replacing) {
		return this.jdbc
			.sql("""
					select coalesce(sum(minutes), 0) from time_entry
					where organisation_id = :organisation and trajectory_id = :trajectory and worked_on between :from and :to
					  and id <> :replacing
					""")
			.param("replacing", (replacing != null) ? replacing : -1L)
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
