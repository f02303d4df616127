package nl.tandem.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.tandem.platform.DomainRuleException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The planned sessions of one trajectory, generated from an intensity profile between a
 * start and an end date, and adjusted by hand since: sessions moved, added or removed.
 * Regenerating replaces the sessions still to come and keeps those already held.
 */
@Table("coaching_schedule")
class CoachingSchedule {

	static final int MIN_MINUTES = 15;

	static final int MAX_MINUTES = 480;

	@Id
	private Long id;

	private final long organisationId;

	private final long trajectoryId;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private String profile;

	@MappedCollection(idColumn = "coaching_schedule_id", keyColumn = "position")
	private List<PlannedSession> sessions;

	@Version
	private Long version;

	@PersistenceCreator
	CoachingSchedule(Long id, long organisationId, long trajectoryId, LocalDate startsOn, LocalDate endsOn,
			String profile, List<PlannedSession> sessions, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.trajectoryId = trajectoryId;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.profile = profile;
		this.sessions = new ArrayList<>(sessions);
		this.version = version;
	}

	static CoachingSchedule generate(long organisationId, long trajectoryId, IntensityProfile profile, LocalDate start,
			LocalDate end) {
		CoachingSchedule schedule = new CoachingSchedule(null, organisationId, trajectoryId, start, end, profile.text(),
				List.of(), null);
		schedule.regenerate(profile, start, end);
		return schedule;
	}

	/**
	 * What regenerating would plan: the held sessions, and the profile's sessions after
	 * the last held one.
	 */
	static List<PlannedSession> preview(long organisationId, List<PlannedSession> current, IntensityProfile profile,
			LocalDate start, LocalDate end) {
		List<PlannedSession> held = current.stream().filter(PlannedSession::held).toList();
		LocalDate lastHeld = held.stream().map(PlannedSession::plannedOn).max(Comparator.naturalOrder()).orElse(null);
		List<PlannedSession> next = new ArrayList<>(held);
		for (IntensityProfile.Slot slot : profile.plan(start, end)) {
			if (lastHeld == null || slot.on().isAfter(lastHeld)) {
				next.add(new PlannedSession(organisationId, UUID.randomUUID(), slot.on(), slot.minutes(), false));
			}
		}
		next.sort(Comparator.comparing(PlannedSession::plannedOn));
		if (next.isEmpty()) {
			throw new DomainRuleException("schedule.profile.noSessions");
		}
		return next;
	}

	void regenerate(IntensityProfile profile, LocalDate start, LocalDate end) {
		this.sessions = new ArrayList<>(preview(this.organisationId, this.sessions, profile, start, end));
		this.startsOn = start;
		this.endsOn = end;
		this.profile = profile.text();
	}

	void move(UUID key, LocalDate day, int minutes) {
		PlannedSession session = session(key);
		if (session.held()) {
			throw new DomainRuleException("schedule.session.held");
		}
		requireMinutes(minutes);
		if (day == null) {
			throw new DomainRuleException("schedule.session.dateRequired");
		}
		replace(session, session.on(day).lasting(minutes));
	}

	UUID add(LocalDate day, int minutes) {
		if (day == null) {
			throw new DomainRuleException("schedule.session.dateRequired");
		}
		requireMinutes(minutes);
		UUID key = UUID.randomUUID();
		this.sessions.add(new PlannedSession(this.organisationId, key, day, minutes, false));
		this.sessions.sort(Comparator.comparing(PlannedSession::plannedOn));
		return key;
	}

	void remove(UUID key) {
		PlannedSession session = session(key);
		if (session.held()) {
			throw new DomainRuleException("schedule.session.held");
		}
		this.sessions.remove(session);
	}

	/**
	 * Thins the sessions still to come for the phase-out: of the sessions not held from
	 * {@code today} on, every second one is dropped, so the intervals double; the first
	 * and the last stay, so the coach still sees the participant soon and at the end.
	 * @return how many sessions were dropped
	 */
	int thin(LocalDate today) {
		List<PlannedSession> coming = this.sessions.stream()
			.filter(s -> !s.held() && !s.plannedOn().isBefore(today))
			.sorted(Comparator.comparing(PlannedSession::plannedOn))
			.toList();
		List<PlannedSession> dropped = new ArrayList<>();
		for (int i = 1; i < coming.size() - 1; i += 2) {
			dropped.add(coming.get(i));
		}
		this.sessions.removeAll(dropped);
		return dropped.size();
	}

	/**
	 * Marks a planned session as held; the logbook does this when the session took place.
	 */
	void held(UUID key) {
		PlannedSession session = session(key);
		replace(session, session.markedHeld());
	}

	private void replace(PlannedSession old, PlannedSession changed) {
		this.sessions.set(this.sessions.indexOf(old), changed);
		this.sessions.sort(Comparator.comparing(PlannedSession::plannedOn));
	}

	private PlannedSession session(UUID key) {
		return find(key).orElseThrow(() -> new DomainRuleException("schedule.session.unknown"));
	}

	Optional<PlannedSession> find(UUID key) {
		return this.sessions.stream().filter(s -> s.key().equals(key)).findFirst();
	}

	private static void requireMinutes(int minutes) {
		if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
			throw new DomainRuleException("schedule.minutes.range");
		}
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

	LocalDate startsOn() {
		return this.startsOn;
	}

	LocalDate endsOn() {
		return this.endsOn;
	}

	IntensityProfile profile() {
		return IntensityProfile.parse(this.profile);
	}

	List<PlannedSession> sessions() {
		return List.copyOf(this.sessions);
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
