package nl.tandem.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import nl.tandem.audit.AccessLog;
import nl.tandem.identity.CurrentUser;
import nl.tandem.plan.Actor;
import nl.tandem.plan.AttentionDomain;
import nl.tandem.plan.GoalStatus;
import nl.tandem.plan.Plans;
import nl.tandem.plan.ScheduleView;
import nl.tandem.plan.Schedules;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching sessions: recording a session that was held (which also marks the planned
 * session held, moves the goals' progress on, registers the direct time and keeps the
 * action items), or one that was cancelled or missed. Only the trajectory's coach
 * records; the team lead reads.
 */
@Service
@Transactional
public class Sessions {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final CoachingSessionRepository sessions;

	private final Trajectories trajectories;

	private final Plans plans;

	private final Schedules schedules;

	private final Logbook logbook;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AccessLog accessLog;

	Sessions(CoachingSessionRepository sessions, Trajectories trajectories, Plans plans, Schedules schedules,
			Logbook logbook, JdbcClient jdbc, Clock clock, AccessLog accessLog) {
		this.accessLog = accessLog;
		this.sessions = sessions;
		this.trajectories = trajectories;
		this.plans = plans;
		this.schedules = schedules;
		this.logbook = logbook;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records a held session with everything that comes with it, or nothing when any part
	 * is refused.
	 * @return the id of the session
	 */
	public long recordHeld(CurrentUser user, long trajectoryId, HeldSession held) {
		TrajectoryFrame frame = requireOpen(user, trajectoryId);
		requirePlanned(user, frame, held.plannedSession());
		Map<UUID, String> goals = this.plans.goals(frame);
		held.goals().forEach(goal -> requireGoal(goals, goal.goalKey()));
		held.learningMoments()
			.stream()
			.map(HeldSession.Learning::goalKey)
			.filter(Objects::nonNull)
			.forEach(key -> requireGoal(goals, key));
		CoachingSession session = save(CoachingSession.held(user.organisationId(), trajectoryId, held.plannedSession(),
				held, today(), this.clock.instant(), user.accountId()));
		if (held.plannedSession() != null) {
			this.schedules.markHeld(frame, held.plannedSession());
		}
		for (GoalWork work : session.goals()) {
			if (work.score() != null || work.note() != null) {
				this.plans.recordProgress(user, frame, work.goalKey(), GoalStatus.IN_PROGRESS, work.score(),
						work.note());
			}
		}
		this.logbook.record(user, frame, session.id(), TimeCategory.DIRECT, session.heldOn(), session.minutes(), null,
				session.goals().stream().map(GoalWork::goalKey).toList(), goals.keySet(), held.overGrantConfirmed());
		for (HeldSession.Action action : held.actions()) {
			if (action.what() == null || action.what().isBlank()) {
				continue;
			}
			if (action.actor() == null) {
				throw new DomainRuleException("action.actor.required");
			}
			this.jdbc.sql("""
					insert into action_item (organisation_id, trajectory_id, session_id, actor, what, due_on)
					values (:organisation, :trajectory, :session, :actor, :what, :due)
					""")
				.param("organisation", user.organisationId())
				.param("trajectory", trajectoryId)
				.param("session", session.id())
				.param("actor", action.actor().name())
				.param("what", action.what().strip())
				.param("due", action.dueOn())
				.update();
		}
		return session.id();
	}

	/**
	 * Records that a planned session did not take place: cancelled by someone (with a
	 * reason) or missed without notice ({@code by} null).
	 */
	public long recordNotHeld(CurrentUser user, long trajectoryId, UUID plannedSession, SessionStatus status,
			CancelledBy by, String reason) {
		TrajectoryFrame frame = requireOpen(user, trajectoryId);
		ScheduleView.Session planned = requirePlanned(user, frame, plannedSession);
		if (planned == null) {
			throw new DomainRuleException("session.planned.required");
		}
		CoachingSession session = save(CoachingSession.notHeld(user.organisationId(), trajectoryId, plannedSession,
				planned.on(), status, by, reason, this.clock.instant(), user.accountId()));
		this.schedules.markHeld(frame, plannedSession);
		return session.id();
	}

	/**
	 * The sessions of a trajectory, newest first, with every note: for its coach and team
	 * lead. Reading notes that only the coach may read is logged.
	 */
	@Transactional(readOnly = true)
	public List<SessionView> ofTrajectory(CurrentUser user, long trajectoryId) {
		return ofTrajectory(user, trajectoryId, Integer.MAX_VALUE);
	}

	/**
	 * The latest sessions of a trajectory, at most {@code limit}, with every note.
	 */
	@Transactional(readOnly = true)
	public List<SessionView> ofTrajectory(CurrentUser user, long trajectoryId, int limit) {
		return ofTrajectory(user, this.trajectories.frame(user, trajectoryId), limit);
	}

	/**
	 * The latest sessions of a trajectory whose frame the caller already has.
	 */
	@Transactional(readOnly = true)
	public List<SessionView> ofTrajectory(CurrentUser user, TrajectoryFrame frame, int limit) {
		return ofTrajectory(user, frame, limit, 0);
	}

	/**
	 * A page of the sessions of a trajectory whose frame the caller already has.
	 */
	@Transactional(readOnly = true)
	public List<SessionView> ofTrajectory(CurrentUser user, TrajectoryFrame frame, int limit, int offset) {
		return logged(user, frame,
				read(frame.organisationId(), frame.id(), NoteVisibility.Reader.STAFF, limit, offset));
	}

	/**
	 * One session of a trajectory with every note, for its coach and team lead; 404 when
	 * the trajectory has no such session.
	 */
	@Transactional(readOnly = true)
	public SessionView session(CurrentUser user, long trajectoryId, long sessionId) {
		TrajectoryFrame frame = this.trajectories.frame(user, trajectoryId);
		return logged(user, frame,
				read(frame.organisationId(), frame.id(), NoteVisibility.Reader.STAFF, 1, 0, sessionId))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("session", sessionId));
	}

	/**
	 * Corrects a held session: what was recorded is replaced by the correction, the goals
	 * whose score or note changed get the new score in their history, and the session's
	 * direct time follows (checked against the grant again). Refused when someone saved
	 * the session after the coach opened it ({@code version}).
	 */
	public void correct(CurrentUser user, long trajectoryId, long sessionId, long version, HeldSession held) {
		TrajectoryFrame frame = requireOpen(user, trajectoryId);
		CoachingSession stored = this.sessions.findById(sessionId)
			.filter(s -> s.organisationId() == frame.organisationId() && s.trajectoryId() == frame.id())
			.orElseThrow(() -> new NotFoundException("session", sessionId));
		ConcurrentEditException.check("session", sessionId, stored.version(), version);
		Map<UUID, String> goals = this.plans.goals(frame);
		held.goals().forEach(goal -> requireGoal(goals, goal.goalKey()));
		held.learningMoments()
			.stream()
			.map(HeldSession.Learning::goalKey)
			.filter(Objects::nonNull)
			.forEach(key -> requireGoal(goals, key));
		Map<UUID, GoalWork> before = new java.util.HashMap<>();
		stored.goals().forEach(work -> before.put(work.goalKey(), work));
		CoachingSession corrected = this.sessions
			.save(stored.correct(held, today(), this.clock.instant(), user.accountId()));
		for (GoalWork work : corrected.goals()) {
			GoalWork was = before.get(work.goalKey());
			boolean changed = was == null || !Objects.equals(was.score(), work.score())
					|| !Objects.equals(was.note(), work.note());
			if (changed && (work.score() != null || work.note() != null)) {
				this.plans.recordProgress(user, frame, work.goalKey(), GoalStatus.IN_PROGRESS, work.score(),
						work.note());
			}
		}
		this.logbook.correctOfSession(user, frame, sessionId, corrected.heldOn(), corrected.minutes(),
				corrected.goals().stream().map(GoalWork::goalKey).toList(), goals.keySet(), held.overGrantConfirmed());
		this.accessLog.changed(user, frame.participantId(), "SESSION");
	}

	private List<SessionView> logged(CurrentUser user, TrajectoryFrame frame, List<SessionView> sessions) {
		boolean coachOnly = sessions.stream()
			.flatMap(s -> s.notes().stream())
			.anyMatch(n -> n.visibility() == NoteVisibility.COACH_ONLY);
		if (coachOnly) {
			this.accessLog.read(user, frame.participantId(), "SESSION_NOTES");
		}
		return sessions;
	}

	/**
	 * How many sessions (held or not) a trajectory has.
	 */
	@Transactional(readOnly = true)
	public int count(CurrentUser user, long trajectoryId) {
		return count(this.trajectories.frame(user, trajectoryId));
	}

	/**
	 * How many sessions a trajectory has whose frame the caller already has.
	 */
	@Transactional(readOnly = true)
	public int count(TrajectoryFrame frame) {
		return this.jdbc.sql("select count(*) from coaching_session where organisation_id = :o and trajectory_id = :t")
			.param("o", frame.organisationId())
			.param("t", frame.id())
			.query(Integer.class)
			.single();
	}

	/**
	 * The held sessions of these trajectories in days: the third and the latest. Two
	 * index probes per trajectory in one statement, rather than aggregating every held
	 * session of a team lead's hundreds of trajectories.
	 */
	public Map<Long, HeldTally> heldTally(long organisationId, java.util.Collection<Long> trajectoryIds) {
		if (trajectoryIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, HeldTally> tally = new java.util.HashMap<>();
		this.jdbc
			.sql("""
					select t.id as trajectory_id,
					       (select s.held_on from coaching_session s
					        where s.organisation_id = :organisation and s.trajectory_id = t.id and s.status = 'HELD'
					        order by s.held_on, s.id offset 2 limit 1) as third,
					       (select max(s.held_on) from coaching_session s
					        where s.organisation_id = :organisation and s.trajectory_id = t.id and s.status = 'HELD') as latest
					from unnest(:ids) as t(id)
					""")
			.param("organisation", organisationId)
			.param("ids", trajectoryIds.stream().distinct().toArray(Long[]::new))
			.query((rs, row) -> {
				LocalDate latest = rs.getObject("latest", LocalDate.class);
				if (latest != null) {
					tally.put(rs.getLong("trajectory_id"),
							new HeldTally(rs.getObject("third", LocalDate.class), latest));
				}
				return null;
			})
			.list();
		return tally;
	}

	/**
	 * The held sessions of a trajectory in days: the third (null before there were three)
	 * and the latest.
	 */
	public record HeldTally(LocalDate thirdHeldOn, LocalDate lastHeldOn) {
	}

	/**
	 * The sessions of a trajectory with only the notes a reader may read, and for the
	 * employer not even the goals' notes: the one query every portal page will use.
	 */
	@Transactional(readOnly = true)
	public List<SessionView> read(long organisationId, long trajectoryId, NoteVisibility.Reader reader) {
		return read(organisationId, trajectoryId, reader, Integer.MAX_VALUE);
	}

	/**
	 * The latest sessions as a reader may see them, in four queries however many there
	 * are: the sessions, and the goals, notes (only the visibilities the reader may read)
	 * and learning moments of all of them.
	 */
	@Transactional(readOnly = true)
	public List<SessionView> read(long organisationId, long trajectoryId, NoteVisibility.Reader reader, int limit) {
		return read(organisationId, trajectoryId, reader, limit, 0, null);
	}

	/**
	 * A page of the sessions as a reader may see them, newest first.
	 */
	@Transactional(readOnly = true)
	public List<SessionView> read(long organisationId, long trajectoryId, NoteVisibility.Reader reader, int limit,
			int offset) {
		return read(organisationId, trajectoryId, reader, limit, offset, null);
	}

	private List<SessionView> read(long organisationId, long trajectoryId, NoteVisibility.Reader reader, int limit,
			int offset, Long sessionId) {
		record Row(long id, SessionStatus status, LocalDate on, java.time.LocalTime startsAt, int minutes,
				SessionMode mode, java.util.Set<Attendee> attendees, java.util.Set<AttentionDomain> topics,
				CancelledBy cancelledBy, String reason, String employerSummary, UUID planned,
				java.time.Instant correctedAt, long version) {
		}
		List<Row> rows = this.jdbc
			.sql("""
					select id, status, held_on, starts_at, minutes, mode, attendees, topics, cancelled_by, reason, employer_summary,
					       planned_session_key, corrected_at, version
					from coaching_session where organisation_id = :organisation and trajectory_id = :trajectory
					  and (cast(:session as bigint) is null or id = :session)
					order by held_on desc, id desc limit :limit offset :offset
					""")
			.param("organisation", organisationId)
			.param("trajectory", trajectoryId)
			.param("session", sessionId)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new Row(rs.getLong("id"), SessionStatus.valueOf(rs.getString("status")),
					rs.getObject("held_on", LocalDate.class), rs.getObject("starts_at", java.time.LocalTime.class),
					rs.getInt("minutes"),
					(rs.getString("mode") != null) ? SessionMode.valueOf(rs.getString("mode")) : null,
					enums(rs.getArray("attendees"), Attendee.class),
					enums(rs.getArray("topics"), AttentionDomain.class),
					(rs.getString("cancelled_by") != null) ? CancelledBy.valueOf(rs.getString("cancelled_by")) : null,
					rs.getString("reason"), rs.getString("employer_summary"),
					rs.getObject("planned_session_key", UUID.class),
					(rs.getTimestamp("corrected_at") != null) ? rs.getTimestamp("corrected_at").toInstant() : null,
					rs.getLong("version")))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		java.util.Map<Long, List<GoalWork>> goals = new java.util.HashMap<>();
		java.util.Map<Long, List<SessionNote>> notes = new java.util.HashMap<>();
		java.util.Map<Long, List<LearningMoment>> moments = new java.util.HashMap<>();
		if (reader != NoteVisibility.Reader.EMPLOYER) {
			this.jdbc.sql("""
					select coaching_session_id, goal_key, note, score from session_goal
					where organisation_id = :organisation and coaching_session_id in (:ids) order by position
					""").param("organisation", organisationId).param("ids", ids).query((rs, n) -> {
				goals.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>())
					.add(new GoalWork(organisationId, rs.getObject(2, UUID.class), rs.getString(3),
							(Integer) rs.getObject(4)));
				return null;
			}).list();
			this.jdbc.sql("""
					select coaching_session_id, goal_key, what_happened, what_learned from learning_moment
					where organisation_id = :organisation and coaching_session_id in (:ids) order by position
					""").param("organisation", organisationId).param("ids", ids).query((rs, n) -> {
				moments.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>())
					.add(new LearningMoment(organisationId, rs.getObject(2, UUID.class), rs.getString(3),
							rs.getString(4)));
				return null;
			}).list();
		}
		this.jdbc.sql("""
				select coaching_session_id, visibility, sensitive, text from session_note
				where organisation_id = :organisation and coaching_session_id in (:ids) and visibility in (:readable)
				order by position
				""")
			.param("organisation", organisationId)
			.param("ids", ids)
			.param("readable", reader.readable().stream().map(Enum::name).toList())
			.query((rs, n) -> {
				notes.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>())
					.add(new SessionNote(organisationId, NoteVisibility.valueOf(rs.getString(2)), rs.getBoolean(3),
							rs.getString(4)));
				return null;
			})
			.list();
		return rows.stream()
			.map(r -> new SessionView(r.id(), r.status(), r.on(), r.startsAt(), r.minutes(), r.mode(), r.attendees(),
					r.topics(), r.cancelledBy(), r.reason(), r.employerSummary(), goals.getOrDefault(r.id(), List.of()),
					notes.getOrDefault(r.id(), List.of()), moments.getOrDefault(r.id(), List.of()), r.planned(),
					r.correctedAt(), r.version()))
			.toList();
	}

	private static <E extends Enum<E>> java.util.Set<E> enums(java.sql.Array array, Class<E> type)
			throws java.sql.SQLException {
		java.util.Set<E> values = java.util.EnumSet.noneOf(type);
		for (Object value : (Object[]) array.getArray()) {
			values.add(Enum.valueOf(type, (String) value));
		}
		return values;
	}

	/**
	 * The open action items of a trajectory, oldest due first.
	 */
	@Transactional(readOnly = true)
	public List<ActionItem> openActions(CurrentUser user, long trajectoryId) {
		return openActions(this.trajectories.frame(user, trajectoryId));
	}

	/**
	 * The open action items of a trajectory whose frame the caller already has.
	 */
	@Transactional(readOnly = true)
	public List<ActionItem> openActions(TrajectoryFrame frame) {
		long trajectoryId = frame.id();
		return this.jdbc.sql("""
				select id, actor, what, due_on from action_item
				where organisation_id = :organisation and trajectory_id = :trajectory and done_on is null
				order by due_on nulls last, id
				""")
			.param("organisation", frame.organisationId())
			.param("trajectory", trajectoryId)
			.query((rs, row) -> new ActionItem(rs.getLong("id"), Actor.valueOf(rs.getString("actor")),
					rs.getString("what"), rs.getObject("due_on", LocalDate.class)))
			.list();
	}

	/**
	 * The open action items past their day of these trajectories, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<OverdueAction> overdueActions(long organisationId, java.util.Collection<Long> trajectoryIds,
			LocalDate today) {
		if (trajectoryIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("""
					select id, trajectory_id, actor, what, due_on from action_item
					where organisation_id = :organisation and trajectory_id in (:ids) and done_on is null and due_on < :today
					order by due_on, id limit 50
					""")
			.param("organisation", organisationId)
			.param("ids", trajectoryIds)
			.param("today", today)
			.query((rs, row) -> new OverdueAction(rs.getLong("id"), rs.getLong("trajectory_id"),
					Actor.valueOf(rs.getString("actor")), rs.getString("what"),
					rs.getObject("due_on", LocalDate.class)))
			.list();
	}

	/**
	 * An action item past its day.
	 */
	public record OverdueAction(long id, long trajectoryId, Actor actor, String what, LocalDate dueOn) {
	}

	/**
	 * Marks an action item done.
	 */
	public void actionDone(CurrentUser user, long trajectoryId, long actionId) {
		requireOpen(user, trajectoryId);
		int done = this.jdbc.sql("""
				update action_item set done_on = :today, version = version + 1
				where id = :id and organisation_id = :organisation and trajectory_id = :trajectory and done_on is null
				""")
			.param("today", today())
			.param("id", actionId)
			.param("organisation", user.organisationId())
			.param("trajectory", trajectoryId)
			.update();
		if (done == 0) {
			throw new DomainRuleException("action.unknown");
		}
	}

	/**
	 * An action item agreed in a session.
	 */
	public record ActionItem(long id, Actor actor, String what, LocalDate dueOn) {
	}

	/**
	 * The sessions of the signed-in participant's own trajectory, newest first, with only
	 * the notes shared with them: never a note the coach kept to themselves. Another
	 * trajectory is not found.
	 */
	@Transactional(readOnly = true)
	public List<SessionView> ofOwnTrajectory(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = this.trajectories.ownFrame(user, trajectoryId);
		return read(frame.organisationId(), frame.id(), NoteVisibility.Reader.PARTICIPANT);
	}

	/**
	 * The action items of the signed-in participant's own trajectory: the open ones,
	 * oldest due first, then the latest done ones. Another trajectory is not found.
	 */
	@Transactional(readOnly = true)
	public List<OwnAction> ownActions(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = this.trajectories.ownFrame(user, trajectoryId);
		return this.jdbc.sql("""
				(select id, actor, what, due_on, done_on, version from action_item
				 where organisation_id = :organisation and trajectory_id = :trajectory and done_on is null
				 order by due_on nulls last, id)
				union all
				(select id, actor, what, due_on, done_on, version from action_item
				 where organisation_id = :organisation and trajectory_id = :trajectory and done_on is not null
				 order by done_on desc, id desc limit 20)
				""")
			.param("organisation", frame.organisationId())
			.param("trajectory", frame.id())
			.query((rs, row) -> new OwnAction(rs.getLong("id"), Actor.valueOf(rs.getString("actor")),
					rs.getString("what"), rs.getObject("due_on", LocalDate.class),
					rs.getObject("done_on", LocalDate.class), rs.getLong("version")))
			.list();
	}

	/**
	 * The participant ticks off an action item of their own trajectory that is theirs to
	 * do, as it was when they opened it: an item ticked off or changed since is a
	 * concurrent edit. Another trajectory's item is not found; someone else's item is
	 * refused.
	 */
	@Transactional
	public void tickOffOwnAction(CurrentUser user, long trajectoryId, long actionId, long version) {
		TrajectoryFrame frame = this.trajectories.ownFrame(user, trajectoryId);
		if (frame.isClosed()) {
			throw new DomainRuleException("session.trajectoryClosed");
		}
		OwnAction action = ownAction(frame, actionId).orElseThrow(() -> new NotFoundException("action item", actionId));
		if (!action.isForParticipant()) {
			throw new DomainRuleException("action.notYours");
		}
		int done = this.jdbc.sql("""
				update action_item set done_on = :today, version = version + 1
				where id = :id and organisation_id = :organisation and trajectory_id = :trajectory
				  and done_on is null and version = :version
				""")
			.param("today", today())
			.param("id", actionId)
			.param("organisation", frame.organisationId())
			.param("trajectory", frame.id())
			.param("version", version)
			.update();
		if (done == 0) {
			throw new ConcurrentEditException("action item", actionId);
		}
	}

	private java.util.Optional<OwnAction> ownAction(TrajectoryFrame frame, long actionId) {
		return this.jdbc.sql("""
				select id, actor, what, due_on, done_on, version from action_item
				where id = :id and organisation_id = :organisation and trajectory_id = :trajectory
				""")
			.param("id", actionId)
			.param("organisation", frame.organisationId())
			.param("trajectory", frame.id())
			.query((rs, row) -> new OwnAction(rs.getLong("id"), Actor.valueOf(rs.getString("actor")),
					rs.getString("what"), rs.getObject("due_on", LocalDate.class),
					rs.getObject("done_on", LocalDate.class), rs.getLong("version")))
			.optional();
	}

	/**
	 * An action item as its participant sees it in the portal, with the version it was
	 * shown at.
	 */
	public record OwnAction(long id, Actor actor, String what, LocalDate dueOn, LocalDate doneOn, long version) {

		/**
		 * Whether the participant is the one to do it, and so may tick it off.
		 */
		public boolean isForParticipant() {
			return this.actor == Actor.PARTICIPANT;
		}

		public boolean isDone() {
			return this.doneOn != null;
		}

	}

	/**
	 * Saves a session; a planned session that someone recorded at the same moment is
	 * refused like one recorded before.
	 */
	private CoachingSession save(CoachingSession session) {
		try {
			return this.sessions.save(session);
		}
		catch (DuplicateKeyException ex) {
			throw new DomainRuleException("session.planned.alreadyRecorded");
		}
	}

	static TrajectoryFrame requireCoach(TrajectoryFrame frame, CurrentUser user) {
		if (!frame.isCoachedBy(user)) {
			throw new AccessDeniedException("Only the trajectory's coach records sessions and time");
		}
		if (frame.isClosed()) {
			throw new DomainRuleException("session.trajectoryClosed");
		}
		return frame;
	}

	private TrajectoryFrame requireOpen(CurrentUser user, long trajectoryId) {
		return requireCoach(this.trajectories.frame(user, trajectoryId), user);
	}

	private ScheduleView.Session requirePlanned(CurrentUser user, TrajectoryFrame frame, UUID key) {
		if (key == null) {
			return null;
		}
		ScheduleView.Session planned = this.schedules.schedule(user, frame)
			.sessions()
			.stream()
			.filter(s -> s.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new DomainRuleException("schedule.session.unknown"));
		if (planned.held()) {
			throw new DomainRuleException("session.planned.alreadyRecorded");
		}
		return planned;
	}

	private static void requireGoal(Map<UUID, String> goals, UUID key) {
		if (key == null || !goals.containsKey(key)) {
			throw new DomainRuleException("session.goal.unknown");
		}
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

}
