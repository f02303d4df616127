package nl.tandem.trajectory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.OrganisationOwned;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A coaching trajectory of one participant, from referral to closure.
 * <p>
 * The lifecycle is
 * {@code REFERRED → INTAKE → PLANNING → ACTIVE → PHASING_OUT → EVALUATION → CLOSED};
 * coaching can pause from {@code ACTIVE} or {@code PHASING_OUT} and resumes where it
 * paused. Each step is a method that checks its guard first and refuses with a reason the
 * user is shown, and records who took it, when and why: that record is the timeline. A
 * trajectory may start without a job (job search) and get one or more placements; a
 * closed trajectory is never reopened but re-activated as a new trajectory linked to it.
 */
@Table("trajectory")
class Trajectory implements OrganisationOwned {

	@Id
	private Long id;

	private final long organisationId;

	private final long participantId;

	private final Long previousTrajectoryId;

	private Long coachId;

	private Long teamId;

	private Phase phase;

	private Phase pausedFrom;

	private LocalDate expectedResume;

	private ReferrerKind referrerKind;

	private String referrerName;

	private LocalDate referredOn;

	private String referralReason;

	private LocalDate planAgreedOn;

	private EndReason endReason;

	private LocalDate closedOn;

	@MappedCollection(idColumn = "trajectory_id", keyColumn = "position")
	private List<Transition> transitions;

	@MappedCollection(idColumn = "trajectory_id", keyColumn = "position")
	private List<CoachAssignment> assignments;

	@MappedCollection(idColumn = "trajectory_id", keyColumn = "position")
	private List<Placement> placements;

	@MappedCollection(idColumn = "trajectory_id", keyColumn = "position")
	private List<ContextEvent> events;

	@MappedCollection(idColumn = "trajectory_id")
	private Grant grant;

	@Version
	private Long version;

	@PersistenceCreator
	Trajectory(Long id, long organisationId, long participantId, Long previousTrajectoryId, Long coachId, Long teamId,
			Phase phase, Phase pausedFrom, LocalDate expectedResume, ReferrerKind referrerKind, String referrerName,
			LocalDate referredOn, String referralReason, LocalDate planAgreedOn, EndReason endReason,
			LocalDate closedOn, List<Transition> transitions, List<CoachAssignment> assignments,
			List<Placement> placements, List<ContextEvent> events, Grant grant, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.participantId = participantId;
		this.previousTrajectoryId = previousTrajectoryId;
		this.coachId = coachId;
		this.teamId = teamId;
		this.phase = phase;
		this.pausedFrom = pausedFrom;
		this.expectedResume = expectedResume;
		this.referrerKind = referrerKind;
		this.referrerName = referrerName;
		this.referredOn = referredOn;
		this.referralReason = referralReason;
		this.planAgreedOn = planAgreedOn;
		this.endReason = endReason;
		this.closedOn = closedOn;
		this.transitions = new ArrayList<>(transitions);
		this.assignments = new ArrayList<>(assignments);
		this.placements = new ArrayList<>(placements);
		this.events = new ArrayList<>(events);
		this.grant = grant;
		this.version = version;
	}

	/**
	 * A new trajectory from a referral, with or without a coach yet.
	 */
	static Trajectory refer(long organisationId, long participantId, Referral referral, Staffing coach, Step step) {
		Trajectory trajectory = new Trajectory(null, organisationId, participantId, null, null, null, Phase.REFERRED,
				null, null, referral.referrerKind(), blankToNull(referral.referrerName()), referral.referredOn(),
				referral.reason().strip(), null, null, null, List.of(), List.of(), List.of(), List.of(), null, null);
		trajectory.transitions.add(step.transition(organisationId, null, Phase.REFERRED));
		if (coach != null) {
			trajectory.assign(coach, step);
		}
		return trajectory;
	}

	/**
	 * A new trajectory for the same participant after this one closed, e.g. after a new
	 * manager or an emotional event: it starts at the intake, with the same coach and
	 * placement, and refers back to this one.
	 */
	Trajectory reactivate(Step step, LocalDate today) {
		require(this.phase == Phase.CLOSED, "trajectory.guard.reactivateOnlyClosed");
		requireReason(step);
		Trajectory next = new Trajectory(null, this.organisationId, this.participantId, this.id, this.coachId,
				this.teamId, Phase.INTAKE, null, null, this.referrerKind, this.referrerName, today, step.reason(), null,
				null, null, List.of(), List.of(), List.of(), List.of(), null, null);
		next.transitions.add(step.transition(this.organisationId, null, Phase.INTAKE));
		if (this.coachId != null) {
			next.assignments
				.add(new CoachAssignment(this.organisationId, this.coachId, step.at(), step.byAccount(), null));
		}
		currentPlacement(today).ifPresent(next.placements::add);
		return next;
	}

	void startIntake(Step step) {
		require(this.phase == Phase.REFERRED, "trajectory.guard.notReferred");
		require(this.coachId != null, "trajectory.guard.noCoach");
		moveTo(Phase.INTAKE, step);
	}

	void intakeCompleted(Step step) {
		require(this.phase == Phase.INTAKE, "trajectory.guard.notInIntake");
		moveTo(Phase.PLANNING, step);
	}

	/**
	 * Records that participant, employer and coach agreed the coaching plan: the first
	 * version in the planning phase, or a changed version later while the coaching goes
	 * on.
	 */
	void planAgreed(LocalDate on) {
		require(this.phase != Phase.CLOSED, "trajectory.guard.alreadyClosed");
		this.planAgreedOn = on;
	}

	void activate(boolean agreedPlan, Step step) {
		require(this.phase == Phase.PLANNING, "trajectory.guard.notPlanning");
		require(agreedPlan, "trajectory.guard.noAgreedPlan");
		moveTo(Phase.ACTIVE, step);
	}

	void pause(LocalDate expectedResume, LocalDate today, Step step) {
		require(Phase.PAUSABLE.contains(this.phase), "trajectory.guard.notPausable");
		requireReason(step);
		require(expectedResume != null, "trajectory.guard.resumeDateRequired");
		require(expectedResume.isAfter(today), "trajectory.guard.resumeDateInPast");
		this.pausedFrom = this.phase;
		this.expectedResume = expectedResume;
		moveTo(Phase.PAUSED, step);
	}

	void resume(Step step) {
		require(this.phase == Phase.PAUSED, "trajectory.guard.notPaused");
		Phase back = this.pausedFrom;
		this.pausedFrom = null;
		this.expectedResume = null;
		moveTo(back, step);
	}

	void phaseOut(Step step) {
		require(this.phase == Phase.ACTIVE, "trajectory.guard.notActive");
		moveTo(Phase.PHASING_OUT, step);
	}

	void startEvaluation(Step step) {
		require(this.phase == Phase.PHASING_OUT || this.phase == Phase.ACTIVE, "trajectory.guard.notCoaching");
		moveTo(Phase.EVALUATION, step);
	}

	/**
	 * Closes the trajectory. A trajectory may end at any moment (a participant may stop,
	 * a job may be lost), but "goals reached" is only said in the evaluation phase, after
	 * the evaluation meeting was completed ({@code evaluated}).
	 */
	void close(EndReason reason, boolean evaluated, LocalDate on, Step step) {
		require(this.phase != Phase.CLOSED, "trajectory.guard.alreadyClosed");
		require(reason != null, "trajectory.guard.endReasonRequired");
		require(reason != EndReason.GOALS_REACHED || this.phase == Phase.EVALUATION,
				"trajectory.guard.goalsReachedNeedsEvaluation");
		require(reason != EndReason.GOALS_REACHED || evaluated,
				"trajectory.guard.goalsReachedNeedsCompletedEvaluation");
		require(reason != EndReason.OTHER || step.reason() != null, "trajectory.guard.reasonRequired");
		this.endReason = reason;
		this.closedOn = on;
		this.pausedFrom = null;
		this.expectedResume = null;
		moveTo(Phase.CLOSED, step);
	}

	void assign(Staffing coach, Step step) {
		require(this.phase != Phase.CLOSED, "trajectory.guard.alreadyClosed");
		require(this.coachId == null || !this.coachId.equals(coach.coachId()), "trajectory.guard.sameCoach");
		require(this.coachId == null || step.reason() != null, "trajectory.guard.reasonRequired");
		this.coachId = coach.coachId();
		this.teamId = coach.teamId();
		this.assignments
			.add(new CoachAssignment(this.organisationId, coach.coachId(), step.at(), step.byAccount(), step.reason()));
	}

	/**
	 * A new job. A placement that is still running when the new one starts ends the day
	 * before.
	 */
	void place(Placement placement) {
		require(this.phase != Phase.CLOSED, "trajectory.guard.alreadyClosed");
		for (int i = 0; i < this.placements.size(); i++) {
			Placement earlier = this.placements.get(i);
			if (earlier.endDate() == null || !earlier.endDate().isBefore(placement.startDate())) {
				require(earlier.startDate().isBefore(placement.startDate()), "placement.start.beforeEarlier");
				this.placements.set(i, earlier.endingOn(placement.startDate().minusDays(1)));
			}
		}
		this.placements.add(placement);
	}

	void fund(Grant grant) {
		require(this.phase != Phase.CLOSED, "trajectory.guard.alreadyClosed");
		this.grant = grant;
	}

	void record(ContextEvent event) {
		require(this.phase != Phase.CLOSED, "trajectory.guard.alreadyClosed");
		this.events.add(event);
	}

	Optional<Placement> currentPlacement(LocalDate today) {
		Optional<Placement> current = this.placements.stream().filter(p -> p.isCurrentOn(today)).findFirst();
		return current.isPresent() ? current
				: this.placements.stream().filter(p -> p.startDate().isAfter(today)).findFirst();
	}

	private void moveTo(Phase next, Step step) {
		this.transitions.add(step.transition(this.organisationId, this.phase, next));
		this.phase = next;
	}

	private static void require(boolean condition, String reason) {
		if (!condition) {
			throw new DomainRuleException(reason);
		}
	}

	private static void requireReason(Step step) {
		require(step.reason() != null, "trajectory.guard.reasonRequired");
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	Long id() {
		return this.id;
	}

	@Override
	public long organisationId() {
		return this.organisationId;
	}

	long participantId() {
		return this.participantId;
	}

	Long previousTrajectoryId() {
		return this.previousTrajectoryId;
	}

	Long coachId() {
		return this.coachId;
	}

	Long teamId() {
		return this.teamId;
	}

	Phase phase() {
		return this.phase;
	}

	Phase pausedFrom() {
		return this.pausedFrom;
	}

	LocalDate expectedResume() {
		return this.expectedResume;
	}

	ReferrerKind referrerKind() {
		return this.referrerKind;
	}

	String referrerName() {
		return this.referrerName;
	}

	LocalDate referredOn() {
		return this.referredOn;
	}

	String referralReason() {
		return this.referralReason;
	}

	LocalDate planAgreedOn() {
		return this.planAgreedOn;
	}

	EndReason endReason() {
		return this.endReason;
	}

	LocalDate closedOn() {
		return this.closedOn;
	}

	List<Transition> transitions() {
		return List.copyOf(this.transitions);
	}

	List<CoachAssignment> assignments() {
		return List.copyOf(this.assignments);
	}

	List<Placement> placements() {
		return List.copyOf(this.placements);
	}

	List<ContextEvent> events() {
		return List.copyOf(this.events);
	}

	Optional<Grant> grant() {
		return Optional.ofNullable(this.grant);
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

	/**
	 * Who takes a step, when, and why (the reason may be required by the step).
	 */
	record Step(long byAccount, Instant at, String reason) {

		Step {
			reason = blankToNull(reason);
		}

		Transition transition(long organisationId, Phase from, Phase to) {
			return new Transition(organisationId, from, to, this.at, this.byAccount, this.reason);
		}

	}

	/**
	 * A coach and the team the coach belongs to.
	 */
	record Staffing(long coachId, Long teamId) {
	}

}
