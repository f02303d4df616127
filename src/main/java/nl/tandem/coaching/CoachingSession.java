package nl.tandem.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.tandem.plan.AttentionDomain;
import nl.tandem.platform.DomainRuleException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A coaching session as it went: held (when, how long, where, with whom, what was
 * discussed, the work on goals, notes, learning moments and an employer-facing summary),
 * cancelled (by whom, why) or missed. A session may stand for a planned session of the
 * schedule, or be one that was not planned.
 */
@Table("coaching_session")
class CoachingSession {

	static final int MAX_MINUTES = 720;

	@Id
	private Long id;

	private final long organisationId;

	private final long trajectoryId;

	private final UUID plannedSessionKey;

	private final SessionStatus status;

	private final LocalDate heldOn;

	private final LocalTime startsAt;

	private final int minutes;

	private final SessionMode mode;

	private final Set<Attendee> attendees;

	private final Set<AttentionDomain> topics;

	private final CancelledBy cancelledBy;

	private final String reason;

	private final String employerSummary;

	private final Instant recordedAt;

	private final long byAccount;

	private final Instant correctedAt;

	private final Long correctedBy;

	@MappedCollection(idColumn = "coaching_session_id", keyColumn = "position")
	private final List<GoalWork> goals;

	@MappedCollection(idColumn = "coaching_session_id", keyColumn = "position")
	private final List<SessionNote> notes;

	@MappedCollection(idColumn = "coaching_session_id", keyColumn = "position")
	private final List<LearningMoment> learningMoments;

	@Version
	private Long version;

	@PersistenceCreator
	CoachingSession(Long id, long organisationId, long trajectoryId, UUID plannedSessionKey, SessionStatus status,
			LocalDate heldOn, LocalTime startsAt, int minutes, SessionMode mode, Set<Attendee> attendees,
			Set<AttentionDomain> topics, CancelledBy cancelledBy, String reason, String employerSummary,
			Instant recordedAt, long byAccount, Instant correctedAt, Long correctedBy, List<GoalWork> goals,
			List<SessionNote> notes, List<LearningMoment> learningMoments, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.trajectoryId = trajectoryId;
		this.plannedSessionKey = plannedSessionKey;
		this.status = status;
		this.heldOn = heldOn;
		this.startsAt = startsAt;
		this.minutes = minutes;
		this.mode = mode;
		this.attendees = (attendees != null) ? Set.copyOf(attendees) : Set.of();
		this.topics = (topics != null) ? Set.copyOf(topics) : Set.of();
		this.cancelledBy = cancelledBy;
		this.reason = reason;
		this.employerSummary = employerSummary;
		this.recordedAt = recordedAt;
		this.byAccount = byAccount;
		this.correctedAt = correctedAt;
		this.correctedBy = correctedBy;
		this.goals = new ArrayList<>(goals);
		this.notes = new ArrayList<>(notes);
		this.learningMoments = new ArrayList<>(learningMoments);
		this.version = version;
	}

	/**
	 * A session that took place. It needs a day not in the future, a duration of 5
	 * minutes to 12 hours, and at least one person besides the coach.
	 */
	static CoachingSession held(long organisationId, long trajectoryId, UUID plannedSessionKey, HeldSession held,
			LocalDate today, Instant at, long byAccount) {
		return held(null, organisationId, trajectoryId, plannedSessionKey, held, today, at, byAccount, null, null,
				null);
	}

	/**
	 * The same session as corrected by the coach: everything that was recorded can be
	 * corrected except which planned session it stands for. It keeps its id and the
	 * version the coach opened, so that a correction on an older version is refused when
	 * saved.
	 */
	CoachingSession correct(HeldSession held, LocalDate today, Instant at, long byAccount) {
		if (this.status != SessionStatus.HELD) {
			throw new DomainRuleException("session.correct.notHeld");
		}
		return held(this.id, this.organisationId, this.trajectoryId, this.plannedSessionKey, held, today,
				this.recordedAt, this.byAccount, at, byAccount, this.version);
	}

	private static CoachingSession held(Long id, long organisationId, long trajectoryId, UUID plannedSessionKey,
			HeldSession held, LocalDate today, Instant at, long byAccount, Instant correctedAt, Long correctedBy,
			Long version) {
		if (held.heldOn() == null || held.heldOn().isAfter(today)) {
			throw new DomainRuleException("session.date.invalid");
		}
		if (held.minutes() == null || held.minutes() < 5 || held.minutes() > MAX_MINUTES) {
			throw new DomainRuleException("session.minutes.range");
		}
		if (held.mode() == null) {
			throw new DomainRuleException("session.mode.required");
		}
		if (held.attendees() == null || held.attendees().isEmpty()) {
			throw new DomainRuleException("session.attendees.required");
		}
		List<GoalWork> goals = held.goals()
			.stream()
			.map(g -> new GoalWork(organisationId, g.goalKey(), strip(g.note()), g.score()))
			.toList();
		if (goals.stream().map(GoalWork::goalKey).distinct().count() != goals.size()) {
			throw new DomainRuleException("session.goal.twice");
		}
		List<SessionNote> notes = held.notes()
			.stream()
			.filter(n -> n.text() != null && !n.text().isBlank())
			.map(n -> new SessionNote(organisationId, n.visibility(), n.sensitive(), n.text().strip()))
			.toList();
		List<LearningMoment> moments = held.learningMoments()
			.stream()
			.map(m -> new LearningMoment(organisationId, m.goalKey(), strip(m.whatHappened()), strip(m.whatLearned())))
			.toList();
		return new CoachingSession(id, organisationId, trajectoryId, plannedSessionKey, SessionStatus.HELD,
				held.heldOn(), held.startsAt(), held.minutes(), held.mode(), EnumSet.copyOf(held.attendees()),
				held.topics().isEmpty() ? Set.of() : EnumSet.copyOf(held.topics()), null, null,
				strip(held.employerSummary()), at, byAccount, correctedAt, correctedBy, goals, notes, moments, version);
	}

	/**
	 * A planned session that did not take place: called off by someone, or missed without
	 * notice (then {@code by} is null).
	 */
	static CoachingSession notHeld(long organisationId, long trajectoryId, UUID plannedSessionKey, LocalDate on,
			SessionStatus status, CancelledBy by, String reason, Instant at, long byAccount) {
		if (status == SessionStatus.HELD) {
			throw new IllegalArgumentException("A held session has its own factory");
		}
		if (on == null) {
			throw new DomainRuleException("session.date.invalid");
		}
		if (status == SessionStatus.CANCELLED && by == null) {
			throw new DomainRuleException("session.cancelledBy.required");
		}
		return new CoachingSession(null, organisationId, trajectoryId, plannedSessionKey, status, on, null, 0, null,
				Set.of(), Set.of(), (status == SessionStatus.CANCELLED) ? by : null, strip(reason), null, at, byAccount,
				null, null, List.of(), List.of(), List.of(), null);
	}

	static String strip(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	Long id() {
		return this.id;
	}

	long organisationId() {
		return this.organisationId;
	}

	long trajectoryId() {
		return this.trajectoryId;
	}

	UUID plannedSessionKey() {
		return this.plannedSessionKey;
	}

	SessionStatus status() {
		return this.status;
	}

	LocalDate heldOn() {
		return this.heldOn;
	}

	LocalTime startsAt() {
		return this.startsAt;
	}

	int minutes() {
		return this.minutes;
	}

	SessionMode mode() {
		return this.mode;
	}

	Set<Attendee> attendees() {
		return this.attendees;
	}

	Set<AttentionDomain> topics() {
		return this.topics;
	}

	CancelledBy cancelledBy() {
		return this.cancelledBy;
	}

	String reason() {
		return this.reason;
	}

	String employerSummary() {
		return this.employerSummary;
	}

	Instant recordedAt() {
		return this.recordedAt;
	}

	Instant correctedAt() {
		return this.correctedAt;
	}

	List<GoalWork> goals() {
		return List.copyOf(this.goals);
	}

	List<SessionNote> notes() {
		return List.copyOf(this.notes);
	}

	List<LearningMoment> learningMoments() {
		return List.copyOf(this.learningMoments);
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
