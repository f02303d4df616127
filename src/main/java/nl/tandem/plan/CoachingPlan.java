package nl.tandem.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.tandem.platform.DomainRuleException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of the coaching plan of a trajectory.
 * <p>
 * A draft is written: goals, attention points, agreements, expectations and the dates of
 * the coaching. Proposed, it is read-only and collects the sign-offs of participant,
 * employer and coach; with all three it is agreed. Changing an agreed plan starts a new
 * draft version with the same content; the agreed version stays as it was, and is
 * superseded once the new one is agreed.
 */
@Table("coaching_plan")
class CoachingPlan {

	static final int MAX_ITEMS = 50;

	@Id
	private Long id;

	private final long organisationId;

	private final long trajectoryId;

	private final int number;

	private PlanStatus status;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private String expectationParticipant;

	private String expectationEmployer;

	private String expectationCoach;

	private LocalDate agreedOn;

	private final Instant createdAt;

	private final long createdBy;

	@MappedCollection(idColumn = "coaching_plan_id", keyColumn = "position")
	private List<Goal> goals;

	@MappedCollection(idColumn = "coaching_plan_id", keyColumn = "position")
	private List<AttentionPoint> attentionPoints;

	@MappedCollection(idColumn = "coaching_plan_id", keyColumn = "position")
	private List<Agreement> agreements;

	@MappedCollection(idColumn = "coaching_plan_id")
	private Set<SignOff> signOffs;

	@MappedCollection(idColumn = "coaching_plan_id")
	private Set<PlannedMinutes> plannedMinutes;

	@Version
	private Long version;

	@PersistenceCreator
	CoachingPlan(Long id, long organisationId, long trajectoryId, int number, PlanStatus status, LocalDate startsOn,
			LocalDate endsOn, String expectationParticipant, String expectationEmployer, String expectationCoach,
			LocalDate agreedOn, Instant createdAt, long createdBy, List<Goal> goals,
			List<AttentionPoint> attentionPoints, List<Agreement> agreements, Set<SignOff> signOffs,
			Set<PlannedMinutes> plannedMinutes, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.trajectoryId = trajectoryId;
		this.number = number;
		this.status = status;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.expectationParticipant = expectationParticipant;
		this.expectationEmployer = expectationEmployer;
		this.expectationCoach = expectationCoach;
		this.agreedOn = agreedOn;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.goals = new ArrayList<>(goals);
		this.attentionPoints = new ArrayList<>(attentionPoints);
		this.agreements = new ArrayList<>(agreements);
		this.signOffs = new HashSet<>(signOffs);
		this.plannedMinutes = new HashSet<>(plannedMinutes);
		this.version = version;
	}

	/**
	 * The first draft of a trajectory's plan. It starts with the agreement that teaching
	 * the technical tasks of the job is the employer's responsibility.
	 */
	static CoachingPlan first(long organisationId, long trajectoryId, String employerTeachesTasks, Instant at,
			long byAccount) {
		CoachingPlan plan = new CoachingPlan(null, organisationId, trajectoryId, 1, PlanStatus.DRAFT, null, null, null,
				null, null, null, at, byAccount, List.of(), List.of(), List.of(), Set.of(), Set.of(), null);
		plan.agreements.add(Agreement.of(organisationId, Actor.SUPERVISOR, employerTeachesTasks, null));
		return plan;
	}

	/**
	 * A new draft with this agreed version's content, to change it.
	 */
	CoachingPlan nextDraft(Instant at, long byAccount) {
		if (this.status != PlanStatus.AGREED) {
			throw new DomainRuleException("plan.guard.notAgreed");
		}
		return new CoachingPlan(null, this.organisationId, this.trajectoryId, this.number + 1, PlanStatus.DRAFT,
				this.startsOn, this.endsOn, this.expectationParticipant, this.expectationEmployer,
				this.expectationCoach, null, at, byAccount, this.goals, this.attentionPoints, this.agreements, Set.of(),
				Set.of(), null);
	}

	void describe(LocalDate startsOn, LocalDate endsOn, String participant, String employer, String coach) {
		requireDraft();
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			throw new DomainRuleException("plan.dates.endBeforeStart");
		}
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.expectationParticipant = Goal.strip(participant);
		this.expectationEmployer = Goal.strip(employer);
		this.expectationCoach = Goal.strip(coach);
	}

	UUID addGoal(Goal.Content content) {
		requireDraft();
		requireRoom(this.goals);
		UUID key = UUID.randomUUID();
		this.goals.add(Goal.of(this.organisationId, key, content));
		return key;
	}

	void changeGoal(UUID key, Goal.Content content) {
		requireDraft();
		int index = goalIndex(key);
		this.goals.set(index, Goal.of(this.organisationId, key, content));
	}

	void removeGoal(UUID key) {
		requireDraft();
		this.goals.remove(goalIndex(key));
	}

	void addAttentionPoint(AttentionDomain domain, String label, String description) {
		requireDraft();
		requireRoom(this.attentionPoints);
		this.attentionPoints.add(AttentionPoint.of(this.organisationId, domain, label, description));
	}

	void changeAttentionPoint(int index, AttentionDomain domain, String label, String description) {
		requireDraft();
		requireIndex(this.attentionPoints, index);
		this.attentionPoints.set(index, AttentionPoint.of(this.organisationId, domain, label, description));
	}

	void removeAttentionPoint(int index) {
		requireDraft();
		requireIndex(this.attentionPoints, index);
		this.attentionPoints.remove(index);
	}

	void addAgreement(Actor actor, String what, LocalDate dueOn) {
		requireDraft();
		requireRoom(this.agreements);
		this.agreements.add(Agreement.of(this.organisationId, actor, what, dueOn));
	}

	void changeAgreement(int index, Actor actor, String what, LocalDate dueOn) {
		requireDraft();
		requireIndex(this.agreements, index);
		this.agreements.set(index, Agreement.of(this.organisationId, actor, what, dueOn));
	}

	void removeAgreement(int index) {
		requireDraft();
		requireIndex(this.agreements, index);
		this.agreements.remove(index);
	}

	/**
	 * Puts the draft to participant, employer and coach. A plan needs at least one goal
	 * and the dates of the coaching.
	 */
	void propose() {
		requireDraft();
		if (this.goals.isEmpty()) {
			throw new DomainRuleException("plan.guard.noGoals");
		}
		if (this.startsOn == null || this.endsOn == null) {
			throw new DomainRuleException("plan.guard.noDates");
		}
		this.status = PlanStatus.PROPOSED;
	}

	/**
	 * Takes a proposal back to change it; sign-offs recorded so far no longer count.
	 */
	void withdraw() {
		if (this.status != PlanStatus.PROPOSED) {
			throw new DomainRuleException("plan.guard.notProposed");
		}
		this.status = PlanStatus.DRAFT;
		this.signOffs.clear();
	}

	/**
	 * Records that a party agreed. With the third party the plan is agreed, on the day
	 * the last of them agreed, and the minutes planned per grant period are kept with it.
	 * @return whether the plan is now agreed
	 */
	boolean signOff(Party party, LocalDate agreedOn, SignOffMethod how, Instant at, long byAccount, LocalDate today,
			List<Integer> minutesPerPeriod) {
		if (this.status != PlanStatus.PROPOSED) {
			throw new DomainRuleException("plan.guard.notProposed");
		}
		if (party == null) {
			throw new DomainRuleException("signOff.party.required");
		}
		if (how == null) {
			throw new DomainRuleException("signOff.how.required");
		}
		if (agreedOn == null || agreedOn.isAfter(today)) {
			throw new DomainRuleException("signOff.date.invalid");
		}
		this.signOffs.removeIf(s -> s.party() == party);
		this.signOffs.add(new SignOff(this.organisationId, party, agreedOn, how, at, byAccount));
		Set<Party> signed = this.signOffs.stream().map(SignOff::party).collect(Collectors.toSet());
		if (!signed.containsAll(EnumSet.allOf(Party.class))) {
			return false;
		}
		this.status = PlanStatus.AGREED;
		this.agreedOn = this.signOffs.stream().map(SignOff::agreedOn).max(Comparator.naturalOrder()).orElseThrow();
		this.plannedMinutes.clear();
		for (int period = 0; period < minutesPerPeriod.size(); period++) {
			this.plannedMinutes.add(new PlannedMinutes(this.organisationId, period + 1, minutesPerPeriod.get(period)));
		}
		return true;
	}

	void supersede() {
		if (this.status == PlanStatus.AGREED) {
			this.status = PlanStatus.SUPERSEDED;
		}
	}

	private void requireDraft() {
		if (!this.status.isEditable()) {
			throw new DomainRuleException("plan.guard.readOnly");
		}
	}

	private int goalIndex(UUID key) {
		for (int i = 0; i < this.goals.size(); i++) {
			if (this.goals.get(i).key().equals(key)) {
				return i;
			}
		}
		throw new DomainRuleException("goal.unknown");
	}

	private static void requireRoom(List<?> items) {
		if (items.size() >= MAX_ITEMS) {
			throw new DomainRuleException("plan.tooManyItems");
		}
	}

	private static void requireIndex(List<?> items, int index) {
		if (index < 0 || index >= items.size()) {
			throw new DomainRuleException("plan.item.unknown");
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

	int number() {
		return this.number;
	}

	PlanStatus status() {
		return this.status;
	}

	LocalDate startsOn() {
		return this.startsOn;
	}

	LocalDate endsOn() {
		return this.endsOn;
	}

	String expectationParticipant() {
		return this.expectationParticipant;
	}

	String expectationEmployer() {
		return this.expectationEmployer;
	}

	String expectationCoach() {
		return this.expectationCoach;
	}

	LocalDate agreedOn() {
		return this.agreedOn;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	long createdBy() {
		return this.createdBy;
	}

	List<Goal> goals() {
		return List.copyOf(this.goals);
	}

	Optional<Goal> goal(UUID key) {
		return this.goals.stream().filter(g -> g.key().equals(key)).findFirst();
	}

	List<AttentionPoint> attentionPoints() {
		return List.copyOf(this.attentionPoints);
	}

	List<Agreement> agreements() {
		return List.copyOf(this.agreements);
	}

	List<SignOff> signOffs() {
		return this.signOffs.stream().sorted(Comparator.comparing(SignOff::party)).toList();
	}

	List<PlannedMinutes> plannedMinutes() {
		return this.plannedMinutes.stream().sorted(Comparator.comparingInt(PlannedMinutes::period)).toList();
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
