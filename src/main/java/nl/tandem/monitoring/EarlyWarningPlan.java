package nl.tandem.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.tandem.platform.DomainRuleException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of the early-warning plan (signaleringsplan) of a trajectory's participant.
 * <p>
 * Coach and participant write a draft together: for each zone (green, orange, red, and
 * yellow when the coach switches it on) the signals by which it is recognised and what
 * each actor then does. Once every zone in use has at least one signal and one action,
 * the draft can be agreed on a day; an agreed version is read-only for good. Changing it
 * starts a new draft with the same content; the agreed version stays readable and is
 * superseded when the new one is agreed. Yellow's content is kept while yellow is
 * switched off, so switching it on again brings it back.
 */
@Table("early_warning_plan")
class EarlyWarningPlan {

	@Id
	private Long id;

	private final long organisationId;

	private final long trajectoryId;

	private final long participantId;

	private final int number;

	private EarlyWarningPlanStatus status;

	private boolean usesYellow;

	private LocalDate agreedOn;

	private final Instant createdAt;

	private final long createdBy;

	@MappedCollection(idColumn = "early_warning_plan_id", keyColumn = "position")
	private List<ZoneContent> zones;

	@Version
	private Long version;

	@PersistenceCreator
	EarlyWarningPlan(Long id, long organisationId, long trajectoryId, long participantId, int number,
			EarlyWarningPlanStatus status, boolean usesYellow, LocalDate agreedOn, Instant createdAt, long createdBy,
			List<ZoneContent> zones, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.trajectoryId = trajectoryId;
		this.participantId = participantId;
		this.number = number;
		this.status = status;
		this.usesYellow = usesYellow;
		this.agreedOn = agreedOn;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.zones = new ArrayList<>(zones);
		this.version = version;
	}

	/**
	 * The first draft: every zone still empty, without yellow.
	 */
	static EarlyWarningPlan first(long organisationId, long trajectoryId, long participantId, Instant at,
			long byAccount) {
		List<ZoneContent> zones = Arrays.stream(Zone.values()).map(z -> ZoneContent.empty(organisationId, z)).toList();
		return new EarlyWarningPlan(null, organisationId, trajectoryId, participantId, 1, EarlyWarningPlanStatus.DRAFT,
				false, null, at, byAccount, zones, null);
	}

	/**
	 * A new draft with this agreed version's content, to change it.
	 */
	EarlyWarningPlan nextDraft(Instant at, long byAccount) {
		require(this.status == EarlyWarningPlanStatus.AGREED, "warning.guard.notAgreed");
		return new EarlyWarningPlan(null, this.organisationId, this.trajectoryId, this.participantId, this.number + 1,
				EarlyWarningPlanStatus.DRAFT, this.usesYellow, null, at, byAccount, this.zones, null);
	}

	/**
	 * A first draft for a new trajectory of the same participant (after re-activation),
	 * with this version's content to start from.
	 */
	EarlyWarningPlan copyFor(long trajectoryId, Instant at, long byAccount) {
		return new EarlyWarningPlan(null, this.organisationId, trajectoryId, this.participantId, 1,
				EarlyWarningPlanStatus.DRAFT, this.usesYellow, null, at, byAccount, this.zones, null);
	}

	void describe(Zone zone, ZoneContent content) {
		requireDraft();
		require(zone != null && Zone.inPlan(this.usesYellow).contains(zone), "warning.zone.notInPlan");
		ZoneContent described = content.in(this.organisationId, zone);
		require(!described.tooLong(), "field.too.long");
		this.zones.set(zone.ordinal(), described);
	}

	void useYellow(boolean yellow) {
		requireDraft();
		this.usesYellow = yellow;
	}

	/**
	 * Records that participant and coach agreed the plan on a day. Every zone in use
	 * needs at least one signal and one action first.
	 */
	void agree(LocalDate on, LocalDate today) {
		requireDraft();
		require(on != null && !on.isAfter(today), "warning.agreedOn.invalid");
		for (Zone zone : Zone.inPlan(this.usesYellow)) {
			ZoneContent content = zone(zone);
			require(content.hasSignals() && content.hasActions(), "warning.guard.incomplete." + zone.name());
		}
		this.status = EarlyWarningPlanStatus.AGREED;
		this.agreedOn = on;
	}

	void supersede() {
		if (this.status == EarlyWarningPlanStatus.AGREED) {
			this.status = EarlyWarningPlanStatus.SUPERSEDED;
		}
	}

	private void requireDraft() {
		require(this.status.isEditable(), "warning.guard.readOnly");
	}

	private static void require(boolean condition, String reason) {
		if (!condition) {
			throw new DomainRuleException(reason);
		}
	}

	ZoneContent zone(Zone zone) {
		return this.zones.get(zone.ordinal());
	}

	/**
	 * The zones in use, from stable to crisis.
	 */
	List<ZoneContent> zonesInUse() {
		return Zone.inPlan(this.usesYellow).stream().map(this::zone).toList();
	}

	Long id() {
		return this.id;
	}

	long trajectoryId() {
		return this.trajectoryId;
	}

	long participantId() {
		return this.participantId;
	}

	int number() {
		return this.number;
	}

	EarlyWarningPlanStatus status() {
		return this.status;
	}

	boolean usesYellow() {
		return this.usesYellow;
	}

	LocalDate agreedOn() {
		return this.agreedOn;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
