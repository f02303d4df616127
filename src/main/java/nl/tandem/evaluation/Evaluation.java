package nl.tandem.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.tandem.platform.DomainRuleException;
import nl.tandem.trajectory.Hours;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The evaluation meeting of participant, employer and coach at the end of a trajectory:
 * one per trajectory. The coach writes it as a draft, during or after the meeting, and
 * completes it once everything is there: the day and who took part, a result for every
 * goal of the agreed plan, and the outcome, with hours per week when the participant
 * works. A completed evaluation is final; it is what lets the trajectory close with
 * "goals reached".
 */
@Table("evaluation")
class Evaluation {

	@Id
	private Long id;

	private final long organisationId;

	private final long trajectoryId;

	private EvaluationStatus status;

	private LocalDate heldOn;

	private Set<Attendee> tookPart;

	private String whatHelped;

	private String employerContinues;

	private Outcome outcome;

	private Integer outcomeMinutesPerWeek;

	private Instant recordedAt;

	private long byAccount;

	private Instant completedAt;

	private Long completedBy;

	@MappedCollection(idColumn = "evaluation_id", keyColumn = "position")
	private List<EvaluatedGoal> goals;

	@Version
	private Long version;

	@PersistenceCreator
	Evaluation(Long id, long organisationId, long trajectoryId, EvaluationStatus status, LocalDate heldOn,
			Set<Attendee> tookPart, String whatHelped, String employerContinues, Outcome outcome,
			Integer outcomeMinutesPerWeek, Instant recordedAt, long byAccount, Instant completedAt, Long completedBy,
			List<EvaluatedGoal> goals, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.trajectoryId = trajectoryId;
		this.status = status;
		this.heldOn = heldOn;
		this.tookPart = tookPart;
		this.whatHelped = whatHelped;
		this.employerContinues = employerContinues;
		this.outcome = outcome;
		this.outcomeMinutesPerWeek = outcomeMinutesPerWeek;
		this.recordedAt = recordedAt;
		this.byAccount = byAccount;
		this.completedAt = completedAt;
		this.completedBy = completedBy;
		this.goals = new ArrayList<>(goals);
		this.version = version;
	}

	/**
	 * A new draft of the evaluation of a trajectory.
	 */
	static Evaluation draft(long organisationId, long trajectoryId, Instant at, long byAccount) {
		return new Evaluation(null, organisationId, trajectoryId, EvaluationStatus.DRAFT, null, Set.of(), null, null,
				null, null, at, byAccount, null, null, List.of(), null);
	}

	/**
	 * Writes what the meeting brought so far, replacing what was written before; only the
	 * goals of the plan may be evaluated.
	 */
	void record(EvaluationContent content, Collection<UUID> planGoals, Instant at, long byAccount) {
		require(this.status == EvaluationStatus.DRAFT, "evaluation.alreadyCompleted");
		content.goals().forEach(goal -> require(planGoals.contains(goal.goalKey()), "evaluation.goal.unknown"));
		this.heldOn = content.heldOn();
		this.tookPart = content.tookPart();
		this.whatHelped = content.whatHelped();
		this.employerContinues = content.employerContinues();
		this.outcome = content.outcome();
		this.outcomeMinutesPerWeek = (content.hoursPerWeek() != null) ? Hours.minutes(content.hoursPerWeek()) : null;
		this.goals = new ArrayList<>(content.goals()
			.stream()
			.map(goal -> new EvaluatedGoal(this.organisationId, goal.goalKey(), goal.result(), goal.remark()))
			.toList());
		this.recordedAt = at;
		this.byAccount = byAccount;
	}

	/**
	 * The employer's own answer to "what do you keep doing", written in the portal before
	 * or after the meeting, while the evaluation is a draft.
	 */
	void employerWrites(String employerContinues, Instant at, long byAccount) {
		require(this.status == EvaluationStatus.DRAFT, "evaluation.alreadyCompleted");
		this.employerContinues = employerContinues;
		this.recordedAt = at;
		this.byAccount = byAccount;
	}

	/**
	 * Completes the evaluation: refused, with the first thing missing, unless the day,
	 * who took part, the outcome (and, for work, the hours) and a result for every goal
	 * of the plan are there.
	 */
	void complete(Collection<UUID> planGoals, Instant at, long byAccount) {
		require(this.status == EvaluationStatus.DRAFT, "evaluation.alreadyCompleted");
		require(this.heldOn != null, "evaluation.heldOn.required");
		require(!this.tookPart.isEmpty(), "evaluation.tookPart.required");
		require(this.outcome != null, "evaluation.outcome.required");
		require(!this.outcome.isWorking() || (this.outcomeMinutesPerWeek != null && this.outcomeMinutesPerWeek > 0),
				"evaluation.hours.required");
		require(this.goals.stream().map(EvaluatedGoal::goalKey).toList().containsAll(planGoals),
				"evaluation.goal.required");
		this.status = EvaluationStatus.COMPLETED;
		this.completedAt = at;
		this.completedBy = byAccount;
	}

	private static void require(boolean condition, String reason) {
		if (!condition) {
			throw new DomainRuleException(reason);
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

	EvaluationStatus status() {
		return this.status;
	}

	LocalDate heldOn() {
		return this.heldOn;
	}

	Set<Attendee> tookPart() {
		return this.tookPart;
	}

	String whatHelped() {
		return this.whatHelped;
	}

	String employerContinues() {
		return this.employerContinues;
	}

	Outcome outcome() {
		return this.outcome;
	}

	Integer outcomeMinutesPerWeek() {
		return this.outcomeMinutesPerWeek;
	}

	List<EvaluatedGoal> goals() {
		return List.copyOf(this.goals);
	}

	Instant completedAt() {
		return this.completedAt;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
