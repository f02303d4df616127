package nl.tandem.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.tandem.audit.AccessLog;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.plan.Plans;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.EvaluationGate;
import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation meeting at the end of a trajectory.
 * <p>
 * <b>Access.</b> Only the trajectory's coach writes the evaluation, while the trajectory
 * is phasing out or in evaluation; the team lead reads it; for anybody else (the
 * administrator, other coaches, other organisations) it does not exist (404). Reads and
 * changes are written to the {@link AccessLog}.
 * <p>
 * <b>Completing</b> needs the day, who took part, the outcome (with hours per week when
 * the participant works) and a result for every goal of the agreed plan; it sets the
 * goals' status in the plan (reached, or not reached) and lets the trajectory close with
 * "goals reached" ({@link EvaluationGate}).
 */
@Service
@Transactional
public class Evaluations {

	public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	/**
	 * The phases in which the evaluation is written.
	 */
	public static final Set<Phase> PHASES = EnumSet.of(Phase.PHASING_OUT, Phase.EVALUATION);

	private final EvaluationRepository evaluations;

	private final Trajectories trajectories;

	private final Plans plans;

	private final AccessLog accessLog;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final CompletedEvaluations gate;

	Evaluations(EvaluationRepository evaluations, Trajectories trajectories, Plans plans, AccessLog accessLog,
			JdbcClient jdbc, Clock clock, CompletedEvaluations gate) {
		this.gate = gate;
		this.evaluations = evaluations;
		this.trajectories = trajectories;
		this.plans = plans;
		this.accessLog = accessLog;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The trajectory for its coach and team lead; for anybody else it does not exist.
	 */
	@Transactional(readOnly = true)
	public TrajectoryFrame frame(CurrentUser user, long trajectoryId) {
		try {
			return this.trajectories.frame(user, trajectoryId);
		}
		catch (AccessDeniedException ex) {
			throw new NotFoundException("evaluation of trajectory", trajectoryId);
		}
	}

	/**
	 * Whether the user is the trajectory's coach, the only one who writes its evaluation,
	 * ratings and follow-ups.
	 */
	public static boolean isCoach(CurrentUser user, Long coachId) {
		return user.has(Role.COACH) && user.personId() != null && Objects.equals(coachId, user.personId());
	}

	/**
	 * The evaluation page of a trajectory: the goals of the agreed plan and the
	 * evaluation so far.
	 */
	@Transactional
	public EvaluationPage page(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = frame(user, trajectoryId);
		Map<UUID, String> goals = this.plans.agreedGoals(frame);
		Optional<Evaluation> evaluation = this.evaluations.findByOrganisationIdAndTrajectoryId(frame.organisationId(),
				frame.id());
		evaluation.ifPresent(e -> this.accessLog.read(user, frame.participantId(), "EVALUATION"));
		boolean mayWrite = isCoach(user, frame.coachId()) && PHASES.contains(frame.phase())
				&& evaluation.map(e -> e.status() == EvaluationStatus.DRAFT).orElse(true);
		return new EvaluationPage(frame, goals, evaluation.map(e -> view(e, goals)).orElse(null), mayWrite);
	}

	/**
	 * Saves the evaluation as it was opened at {@code version} (null for a new one), and
	 * completes it when asked: all of it, or nothing when anything is refused.
	 * @return the id of the evaluation
	 */
	public long save(CurrentUser user, long trajectoryId, Long version, EvaluationContent content, boolean complete) {
		TrajectoryFrame frame = requireWriter(user, trajectoryId);
		if (content.heldOn() != null && content.heldOn().isAfter(today())) {
			throw new DomainRuleException("evaluation.heldOn.future");
		}
		Map<UUID, String> goals = this.plans.agreedGoals(frame);
		Evaluation evaluation = this.evaluations.findByOrganisationIdAndTrajectoryId(frame.organisationId(), frame.id())
			.orElseGet(
					() -> Evaluation.draft(frame.organisationId(), frame.id(), this.clock.instant(), user.accountId()));
		ConcurrentEditException.check("evaluation", trajectoryId, (evaluation.id() != null) ? evaluation.version() : -1,
				(version != null) ? version : -1);
		evaluation.record(content, goals.keySet(), this.clock.instant(), user.accountId());
		if (complete) {
			evaluation.complete(goals.keySet(), this.clock.instant(), user.accountId());
		}
		Evaluation saved;
		try {
			saved = this.evaluations.save(evaluation);
		}
		catch (DuplicateKeyException ex) {
			throw new ConcurrentEditException("evaluation", trajectoryId);
		}
		if (complete) {
			for (EvaluatedGoal goal : saved.goals()) {
				this.plans.recordProgress(user, frame, goal.goalKey(), goal.result().planStatus(), null, goal.remark());
			}
		}
		this.accessLog.changed(user, frame.participantId(), "EVALUATION");
		return saved.id();
	}

	/**
	 * The employer's part of the evaluation, while the trajectory is in evaluation and
	 * the evaluation is not completed: what the employer keeps doing, as written so far,
	 * with the version to write it against ({@code -1} before there is an evaluation).
	 * The frame is the proof that the caller may see the trajectory.
	 */
	@Transactional(readOnly = true)
	public Optional<EmployerPart> employerPart(TrajectoryFrame frame) {
		if (frame.phase() != Phase.EVALUATION) {
			return Optional.empty();
		}
		Optional<Evaluation> evaluation = this.evaluations.findByOrganisationIdAndTrajectoryId(frame.organisationId(),
				frame.id());
		if (evaluation.map(e -> e.status() == EvaluationStatus.COMPLETED).orElse(false)) {
			return Optional.empty();
		}
		return Optional.of(new EmployerPart(evaluation.map(Evaluation::employerContinues).orElse(null),
				evaluation.map(Evaluation::version).orElse(-1L)));
	}

	/**
	 * The employer contact writes, in the portal, what the employer keeps doing after the
	 * coaching, into the evaluation as it was opened at {@code version}; the rest of the
	 * evaluation is the coach's.
	 */
	public void writeAsEmployer(CurrentUser user, TrajectoryFrame frame, String employerContinues, long version) {
		if (user.employerContactId().isEmpty()) {
			throw new AccessDeniedException("Only the employer contact writes the employer's part");
		}
		EmployerPart part = employerPart(frame)
			.orElseThrow(() -> new DomainRuleException("evaluation.employer.notNow"));
		String text = EvaluationContent.strip(employerContinues);
		if (text == null) {
			throw new DomainRuleException("evaluation.employer.required");
		}
		if (text.length() > EvaluationContent.MAX_TEXT) {
			throw new DomainRuleException("evaluation.employer.tooLong");
		}
		ConcurrentEditException.check("evaluation", frame.id(), part.version(), version);
		Evaluation evaluation = this.evaluations.findByOrganisationIdAndTrajectoryId(frame.organisationId(), frame.id())
			.orElseGet(
					() -> Evaluation.draft(frame.organisationId(), frame.id(), this.clock.instant(), user.accountId()));
		evaluation.employerWrites(text, this.clock.instant(), user.accountId());
		try {
			this.evaluations.save(evaluation);
		}
		catch (DuplicateKeyException ex) {
			throw new ConcurrentEditException("evaluation", frame.id());
		}
		this.accessLog.changed(user, frame.participantId(), "EVALUATION");
	}

	/**
	 * What the employer keeps doing, as written so far, and the evaluation's version.
	 */
	public record EmployerPart(String employerContinues, long version) {
	}

	/**
	 * Whether the trajectory has a completed evaluation.
	 */
	@Transactional(readOnly = true)
	public boolean hasCompletedEvaluation(long organisationId, long trajectoryId) {
		return this.gate.hasCompletedEvaluation(organisationId, trajectoryId);
	}

	/**
	 * The evaluation of a trajectory in brief, for the trajectory page: one query.
	 */
	@Transactional(readOnly = true)
	public Optional<Summary> summary(long organisationId, long trajectoryId) {
		return this.jdbc.sql("""
				select status, held_on, outcome, outcome_minutes_per_week from evaluation
				where organisation_id = :organisation and trajectory_id = :trajectory
				""")
			.param("organisation", organisationId)
			.param("trajectory", trajectoryId)
			.query((rs, row) -> new Summary(EvaluationStatus.valueOf(rs.getString("status")),
					rs.getObject("held_on", LocalDate.class),
					(rs.getString("outcome") != null) ? Outcome.valueOf(rs.getString("outcome")) : null,
					(Integer) rs.getObject("outcome_minutes_per_week")))
			.optional();
	}

	/**
	 * An evaluation in brief: its status, day and outcome.
	 */
	public record Summary(EvaluationStatus status, LocalDate heldOn, Outcome outcome, Integer outcomeMinutesPerWeek) {

		public boolean completed() {
			return this.status == EvaluationStatus.COMPLETED;
		}

		public String hoursPerWeek() {
			return (this.outcomeMinutesPerWeek != null) ? nl.tandem.trajectory.Hours.format(this.outcomeMinutesPerWeek)
					: null;
		}

	}

	private TrajectoryFrame requireWriter(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = frame(user, trajectoryId);
		if (!isCoach(user, frame.coachId())) {
			throw new AccessDeniedException("Only the trajectory's coach writes the evaluation");
		}
		if (!PHASES.contains(frame.phase())) {
			throw new DomainRuleException("evaluation.notNow");
		}
		return frame;
	}

	private static EvaluationView view(Evaluation e, Map<UUID, String> planGoals) {
		return new EvaluationView(e.id(), e.status(), e.heldOn(), e.tookPart(), e.goals()
			.stream()
			.map(g -> new EvaluationView.GoalView(g.goalKey(), planGoals.get(g.goalKey()), g.result(), g.remark()))
			.toList(), e.whatHelped(), e.employerContinues(), e.outcome(), e.outcomeMinutesPerWeek(), e.completedAt(),
				e.version());
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

}
