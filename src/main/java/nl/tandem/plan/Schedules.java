package nl.tandem.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import nl.tandem.identity.CurrentUser;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.trajectory.GrantPeriod;
import nl.tandem.trajectory.PlannedSessions;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tapering schedule of planned sessions of a trajectory: generated from an intensity
 * profile, previewed against the grant before it is saved, and adjusted session by
 * session. Only the trajectory's coach and team lead see and change it.
 */
@Service
@Transactional
public class Schedules implements PlannedSessions {

	private final CoachingScheduleRepository schedules;

	private final Trajectories trajectories;

	private final JdbcClient jdbc;

	private final Clock clock;

	Schedules(CoachingScheduleRepository schedules, Trajectories trajectories, JdbcClient jdbc, Clock clock) {
		this.schedules = schedules;
		this.trajectories = trajectories;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ScheduleView schedule(CurrentUser user, long trajectoryId) {
		return schedule(user, this.trajectories.frame(user, trajectoryId));
	}

	/**
	 * The schedule of a trajectory whose frame the caller already has (and with it the
	 * check that the user may work on it).
	 */
	@Transactional(readOnly = true)
	public ScheduleView schedule(CurrentUser user, TrajectoryFrame frame) {
		long trajectoryId = frame.id();
		return this.schedules.findByOrganisationIdAndTrajectoryId(user.organisationId(), trajectoryId)
			.map(schedule -> new ScheduleView(frame, schedule.startsOn(), schedule.endsOn(), schedule.profile().text(),
					sessions(schedule.sessions()), hours(user, frame, schedule.sessions()), schedule.version()))
			.orElseGet(() -> new ScheduleView(frame, null, null, null, List.of(), hours(user, frame, List.of()), -1));
	}

	/**
	 * What generating with this profile would plan, against the grant, without saving.
	 */
	@Transactional(readOnly = true)
	public PlannedHours preview(CurrentUser user, long trajectoryId, IntensityProfile profile, LocalDate start,
			LocalDate end) {
		TrajectoryFrame frame = this.trajectories.frame(user, trajectoryId);
		List<PlannedSession> current = this.schedules
			.findByOrganisationIdAndTrajectoryId(user.organisationId(), trajectoryId)
			.map(CoachingSchedule::sessions)
			.orElse(List.of());
		return hours(user, frame, CoachingSchedule.preview(user.organisationId(), current, profile, start, end));
	}

	/**
	 * Generates the schedule, or regenerates it: sessions already held stay.
	 * @param version the version the user saw, or -1 when there was no schedule yet
	 */
	public void generate(CurrentUser user, long trajectoryId, long version, IntensityProfile profile, LocalDate start,
			LocalDate end) {
		TrajectoryFrame frame = requireOpen(user, trajectoryId);
		var existing = this.schedules.findByOrganisationIdAndTrajectoryId(user.organisationId(), trajectoryId);
		if (existing.isEmpty()) {
			if (version != -1) {
				throw new ConcurrentEditException("schedule", trajectoryId);
			}
			this.schedules.save(CoachingSchedule.generate(user.organisationId(), frame.id(), profile, start, end));
			return;
		}
		CoachingSchedule schedule = existing.get();
		ConcurrentEditException.check("schedule", trajectoryId, schedule.version(), version);
		schedule.regenerate(profile, start, end);
		this.schedules.save(schedule);
	}

	public void move(CurrentUser user, long trajectoryId, long version, UUID session, LocalDate day, int minutes) {
		change(user, trajectoryId, version, schedule -> schedule.move(session, day, minutes));
	}

	public void add(CurrentUser user, long trajectoryId, long version, LocalDate day, int minutes) {
		change(user, trajectoryId, version, schedule -> schedule.add(day, minutes));
	}

	public void remove(CurrentUser user, long trajectoryId, long version, UUID session) {
		change(user, trajectoryId, version, schedule -> schedule.remove(session));
	}

	/**
	 * What the schedule's hours against the grant would be with these sessions added,
	 * without saving: the hours effect of an intensification, shown before the coach
	 * decides. For a trajectory whose frame the caller already has (the proof that the
	 * user may work on it).
	 */
	@Transactional(readOnly = true)
	public PlannedHours previewAdding(CurrentUser user, TrajectoryFrame frame, List<NewSession> extra) {
		List<PlannedSession> sessions = new java.util.ArrayList<>(
				this.schedules.findByOrganisationIdAndTrajectoryId(frame.organisationId(), frame.id())
					.map(CoachingSchedule::sessions)
					.orElse(List.of()));
		extra.forEach(session -> sessions.add(
				new PlannedSession(frame.organisationId(), UUID.randomUUID(), session.on(), session.minutes(), false)));
		return hours(user, frame, sessions);
	}

	/**
	 * Adds sessions to a trajectory's schedule in one change, e.g. a temporary
	 * intensification: all of them or, when one is refused, none. The trajectory needs a
	 * schedule already; the caller has the frame and with it the proof that the user may
	 * work on the trajectory.
	 * @return the keys of the new sessions, in the order given
	 */
	public List<UUID> addSessions(TrajectoryFrame frame, List<NewSession> extra) {
		if (frame.isClosed()) {
			throw new DomainRuleException("plan.guard.trajectoryClosed");
		}
		CoachingSchedule schedule = this.schedules
			.findByOrganisationIdAndTrajectoryId(frame.organisationId(), frame.id())
			.orElseThrow(() -> new DomainRuleException("schedule.none.error"));
		List<UUID> keys = extra.stream().map(session -> schedule.add(session.on(), session.minutes())).toList();
		this.schedules.save(schedule);
		return keys;
	}

	/**
	 * A session to add to a schedule: its day and length.
	 */
	public record NewSession(LocalDate on, int minutes) {
	}

	/**
	 * Marks a planned session as held; the logbook calls this when it records the
	 * session.
	 */
	public void markHeld(CurrentUser user, long trajectoryId, UUID session) {
		markHeld(requireOpen(user, trajectoryId), session);
	}

	/**
	 * Marks a planned session as held, for a trajectory whose frame the caller already
	 * has (the frame is the proof that the user may work on it).
	 */
	public void markHeld(TrajectoryFrame frame, UUID session) {
		if (frame.isClosed()) {
			throw new DomainRuleException("plan.guard.trajectoryClosed");
		}
		CoachingSchedule schedule = this.schedules
			.findByOrganisationIdAndTrajectoryId(frame.organisationId(), frame.id())
			.orElseThrow(() -> new DomainRuleException("schedule.none.error"));
		schedule.held(session);
		this.schedules.save(schedule);
	}

	/**
	 * The minutes planned in each grant period, for the plan's agreement.
	 */
	@Transactional(readOnly = true)
	List<Integer> minutesPerPeriod(CurrentUser user, TrajectoryFrame frame) {
		List<PlannedSession> sessions = this.schedules
			.findByOrganisationIdAndTrajectoryId(user.organisationId(), frame.id())
			.map(CoachingSchedule::sessions)
			.orElse(List.of());
		return PlannedHours.of(sessions, (frame.grant() != null) ? frame.grant().periods() : List.of())
			.minutesPerPeriod();
	}

	/**
	 * The next planned session not yet held of each of these trajectories, from a day on.
	 */
	@Override
	@Transactional(readOnly = true)
	public Map<Long, LocalDate> nextPlanned(long organisationId, Collection<Long> trajectoryIds, LocalDate from) {
		if (trajectoryIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("""
				select s.trajectory_id, min(p.planned_on) as next_on
				from coaching_schedule s join planned_session p on p.coaching_schedule_id = s.id
				where s.organisation_id = :organisation and s.trajectory_id in (:ids)
				  and p.planned_on >= :from and not p.held
				group by s.trajectory_id
				""")
			.param("organisation", organisationId)
			.param("ids", trajectoryIds)
			.param("from", from)
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getObject(2, LocalDate.class)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * The planned sessions not yet recorded of these trajectories between two days (both
	 * included), by day, in one query: what a coach's week looks like.
	 */
	@Transactional(readOnly = true)
	public List<Planned> plannedBetween(long organisationId, Collection<Long> trajectoryIds, LocalDate from,
			LocalDate to) {
		if (trajectoryIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select s.trajectory_id, p.session_key, p.planned_on, p.minutes
				from coaching_schedule s join planned_session p on p.coaching_schedule_id = s.id
				where s.organisation_id = :organisation and s.trajectory_id in (:ids) and not p.held
				  and p.planned_on between :from and :to
				order by p.planned_on, s.trajectory_id
				""")
			.param("organisation", organisationId)
			.param("ids", trajectoryIds)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new Planned(rs.getLong("trajectory_id"), rs.getObject("session_key", UUID.class),
					rs.getObject("planned_on", LocalDate.class), rs.getInt("minutes")))
			.list();
	}

	/**
	 * A planned session of some trajectory.
	 */
	public record Planned(long trajectoryId, UUID key, LocalDate on, int minutes) {
	}

	private void change(CurrentUser user, long trajectoryId, long version, Consumer<CoachingSchedule> change) {
		requireOpen(user, trajectoryId);
		CoachingSchedule schedule = load(user, trajectoryId);
		ConcurrentEditException.check("schedule", trajectoryId, schedule.version(), version);
		change.accept(schedule);
		this.schedules.save(schedule);
	}

	private CoachingSchedule load(CurrentUser user, long trajectoryId) {
		return this.schedules.findByOrganisationIdAndTrajectoryId(user.organisationId(), trajectoryId)
			.orElseThrow(() -> new DomainRuleException("schedule.none.error"));
	}

	private TrajectoryFrame requireOpen(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = this.trajectories.frame(user, trajectoryId);
		if (frame.isClosed()) {
			throw new DomainRuleException("plan.guard.trajectoryClosed");
		}
		return frame;
	}

	private PlannedHours hours(CurrentUser user, TrajectoryFrame frame, List<PlannedSession> sessions) {
		List<GrantPeriod> periods = (frame.grant() != null) ? frame.grant().periods() : List.of();
		PlannedHours hours = PlannedHours.of(sessions, periods);
		return hours
			.withRuleWarnings(this.trajectories.checkPlannedMinutes(user, frame.id(), hours.minutesFirstPeriod()));
	}

	private static List<ScheduleView.Session> sessions(List<PlannedSession> sessions) {
		return sessions.stream()
			.map(s -> new ScheduleView.Session(s.key(), s.plannedOn(), s.minutes(), s.held()))
			.toList();
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Europe/Amsterdam")));
	}

}
