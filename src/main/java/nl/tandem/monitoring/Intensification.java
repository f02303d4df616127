package nl.tandem.monitoring;

import java.time.Instant;
import java.time.LocalDate;

import nl.tandem.platform.DomainRuleException;
import nl.tandem.trajectory.ContextEventKind;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A temporary intensification of the coaching that Tandem proposes when a context event
 * is recorded or the zone goes up to orange or red: extra sessions for some weeks (see
 * {@link IntensificationPolicy}). It stays open until the coach decides: accept it as
 * proposed, accept it with other weeks, sessions a week or minutes, or decline it with a
 * reason. A decision is final; the proposed figures are kept beside the decided ones.
 */
@Table("intensification")
class Intensification {

	static final int MAX_REASON = 2000;

	@Id
	private Long id;

	private final long organisationId;

	private final long trajectoryId;

	private final IntensificationTrigger trigger;

	private final Integer eventPosition;

	private final ContextEventKind eventKind;

	private final Zone zone;

	private final LocalDate occurredOn;

	private final Instant proposedAt;

	private final int weeks;

	private final int sessionsPerWeek;

	private final int minutes;

	private IntensificationStatus status;

	private Integer decidedWeeks;

	private Integer decidedSessionsPerWeek;

	private Integer decidedMinutes;

	private LocalDate startsOn;

	private String declineReason;

	private Instant decidedAt;

	private Long decidedBy;

	@Version
	private Long version;

	@PersistenceCreator
	Intensification(Long id, long organisationId, long trajectoryId, IntensificationTrigger trigger,
			Integer eventPosition, ContextEventKind eventKind, Zone zone, LocalDate occurredOn, Instant proposedAt,
			int weeks, int sessionsPerWeek, int minutes, IntensificationStatus status, Integer decidedWeeks,
			Integer decidedSessionsPerWeek, Integer decidedMinutes, LocalDate startsOn, String declineReason,
			Instant decidedAt, Long decidedBy, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.trajectoryId = trajectoryId;
		this.trigger = trigger;
		this.eventPosition = eventPosition;
		this.eventKind = eventKind;
		this.zone = zone;
		this.occurredOn = occurredOn;
		this.proposedAt = proposedAt;
		this.weeks = weeks;
		this.sessionsPerWeek = sessionsPerWeek;
		this.minutes = minutes;
		this.status = status;
		this.decidedWeeks = decidedWeeks;
		this.decidedSessionsPerWeek = decidedSessionsPerWeek;
		this.decidedMinutes = decidedMinutes;
		this.startsOn = startsOn;
		this.declineReason = declineReason;
		this.decidedAt = decidedAt;
		this.decidedBy = decidedBy;
		this.version = version;
	}

	/**
	 * The proposal for a context event, the {@code position}-th of its trajectory.
	 */
	static Intensification forEvent(long organisationId, long trajectoryId, int position, ContextEventKind kind,
			LocalDate happenedOn, Instant at) {
		IntensificationPlan plan = IntensificationPolicy.forEvent(kind);
		return new Intensification(null, organisationId, trajectoryId, IntensificationTrigger.EVENT, position, kind,
				null, happenedOn, at, plan.weeks(), plan.sessionsPerWeek(), plan.minutes(),
				IntensificationStatus.PROPOSED, null, null, null, null, null, null, null, null);
	}

	/**
	 * The proposal for a zone that went up to orange or red on a day.
	 */
	static Intensification forZone(long organisationId, long trajectoryId, Zone zone, LocalDate on, Instant at) {
		IntensificationPlan plan = IntensificationPolicy.forZone(zone);
		return new Intensification(null, organisationId, trajectoryId, IntensificationTrigger.ZONE, null, null, zone,
				on, at, plan.weeks(), plan.sessionsPerWeek(), plan.minutes(), IntensificationStatus.PROPOSED, null,
				null, null, null, null, null, null, null);
	}

	/**
	 * Accepts the intensification with these figures from a day on: as proposed, or
	 * adapted when the figures differ.
	 */
	void accept(IntensificationPlan chosen, LocalDate startsOn, LocalDate today, Instant at, long byAccount) {
		requireOpen();
		chosen.check();
		if (startsOn == null || startsOn.isBefore(today) || startsOn.isAfter(today.plusYears(1))) {
			throw new DomainRuleException("intensification.startsOn.invalid");
		}
		this.status = chosen.equals(proposed()) ? IntensificationStatus.ACCEPTED : IntensificationStatus.ADAPTED;
		this.decidedWeeks = chosen.weeks();
		this.decidedSessionsPerWeek = chosen.sessionsPerWeek();
		this.decidedMinutes = chosen.minutes();
		this.startsOn = startsOn;
		decided(at, byAccount);
	}

	/**
	 * Declines the intensification; the coach says why.
	 */
	void decline(String reason, Instant at, long byAccount) {
		requireOpen();
		String why = (reason == null) ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new DomainRuleException("intensification.reason.required");
		}
		if (why.length() > MAX_REASON) {
			throw new DomainRuleException("field.too.long");
		}
		this.status = IntensificationStatus.DECLINED;
		this.declineReason = why;
		decided(at, byAccount);
	}

	private void decided(Instant at, long byAccount) {
		this.decidedAt = at;
		this.decidedBy = byAccount;
	}

	private void requireOpen() {
		if (!this.status.isOpen()) {
			throw new DomainRuleException("intensification.guard.decided");
		}
	}

	IntensificationPlan proposed() {
		return new IntensificationPlan(this.weeks, this.sessionsPerWeek, this.minutes);
	}

	IntensificationPlan decided() {
		return (this.decidedWeeks != null)
				? new IntensificationPlan(this.decidedWeeks, this.decidedSessionsPerWeek, this.decidedMinutes) : null;
	}

	Long id() {
		return this.id;
	}

	long trajectoryId() {
		return this.trajectoryId;
	}

	IntensificationTrigger trigger() {
		return this.trigger;
	}

	ContextEventKind eventKind() {
		return this.eventKind;
	}

	Zone zone() {
		return this.zone;
	}

	LocalDate occurredOn() {
		return this.occurredOn;
	}

	Instant proposedAt() {
		return this.proposedAt;
	}

	IntensificationStatus status() {
		return this.status;
	}

	LocalDate startsOn() {
		return this.startsOn;
	}

	String declineReason() {
		return this.declineReason;
	}

	Instant decidedAt() {
		return this.decidedAt;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
