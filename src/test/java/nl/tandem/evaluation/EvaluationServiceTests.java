package nl.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.TandemTest;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.plan.GoalStatus;
import nl.tandem.plan.Plans;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.EndReason;
import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@TandemTest
class EvaluationServiceTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Trajectories trajectories;

	@Autowired
	Employers employers;

	@Autowired
	Plans plans;

	@Autowired
	Evaluations evaluations;

	@Autowired
	JdbcClient jdbc;

	TrajectoryFixtures make;

	EvaluationFixtures evaluated;

	TestOrganisation organisation;

	CurrentUser coach;

	long id;

	@BeforeEach
	void trajectoryInEvaluation() {
		this.make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.evaluated = new EvaluationFixtures(this.make, this.trajectories, this.plans, this.evaluations);
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach().user();
		this.id = this.evaluated.inEvaluation(this.organisation, "Eva");
	}

	@Test
	void completingTheEvaluationSetsTheGoalsInThePlanAndLetsTheTrajectoryCloseWithGoalsReached() {
		assertRefused(() -> close(EndReason.GOALS_REACHED), "trajectory.guard.goalsReachedNeedsCompletedEvaluation");
		this.evaluations.save(this.coach, this.id, null, this.evaluated.complete(this.coach, this.id), true);
		assertThat(this.evaluations.hasCompletedEvaluation(this.organisation.id(), this.id)).isTrue();
		assertThat(this.plans.goalsReached(this.organisation.id(), List.of(this.id)).get(this.id).reached())
			.isEqualTo(1);
		assertThat(this.jdbc.sql("select status from goal_progress where trajectory_id = :t order by id desc limit 1")
			.param("t", this.id)
			.query(String.class)
			.single()).isEqualTo(GoalStatus.REACHED.name());
		close(EndReason.GOALS_REACHED);
		assertThat(this.trajectories.details(this.coach, this.id).phase()).isEqualTo(Phase.CLOSED);
	}

	@Test
	void aDraftEvaluationDoesNotLetTheTrajectoryCloseWithGoalsReachedButOtherReasonsCanAlways() {
		EvaluationContent content = this.evaluated.complete(this.coach, this.id);
		this.evaluations.save(this.coach, this.id, null, content, false);
		assertRefused(() -> close(EndReason.GOALS_REACHED), "trajectory.guard.goalsReachedNeedsCompletedEvaluation");
		close(EndReason.PARTICIPANT_STOPPED);
		assertThat(this.trajectories.details(this.coach, this.id).endReason()).isEqualTo(EndReason.PARTICIPANT_STOPPED);
	}

	@Test
	void anEvaluationWithoutOutcomeIsNotCompletedAndNothingIsSaved() {
		EvaluationContent full = this.evaluated.complete(this.coach, this.id);
		EvaluationContent noOutcome = new EvaluationContent(full.heldOn(), full.tookPart(), full.goals(),
				full.whatHelped(), full.employerContinues(), null, null);
		assertRefused(() -> this.evaluations.save(this.coach, this.id, null, noOutcome, true),
				"evaluation.outcome.required");
		assertThat(this.fixtures.count("evaluation", this.organisation)).isZero();
		this.evaluations.save(this.coach, this.id, null, noOutcome, false);
		assertThat(this.evaluations.summary(this.organisation.id(), this.id).orElseThrow().status())
			.isEqualTo(EvaluationStatus.DRAFT);
	}

	@Test
	void workNeedsHoursPerWeekAndEveryGoalOfThePlanAResult() {
		EvaluationContent full = this.evaluated.complete(this.coach, this.id);
		assertRefused(
				() -> this.evaluations.save(this.coach, this.id, null, new EvaluationContent(full.heldOn(),
						full.tookPart(), full.goals(), null, null, Outcome.OTHER_EMPLOYER, null), true),
				"evaluation.hours.required");
		assertRefused(
				() -> this.evaluations.save(this.coach, this.id, null, new EvaluationContent(full.heldOn(),
						full.tookPart(), List.of(), null, null, Outcome.EDUCATION, null), true),
				"evaluation.goal.required");
		assertRefused(() -> new EvaluationContent(full.heldOn(), full.tookPart(), List.of(), null, null,
				Outcome.SAME_EMPLOYER, new BigDecimal("81")), "evaluation.hours.range");
		assertRefused(() -> this.evaluations.save(this.coach, this.id, null,
				new EvaluationContent(full.heldOn(), Set.of(), full.goals(), null, null, Outcome.NOT_WORKING, null),
				true), "evaluation.tookPart.required");
		assertRefused(() -> this.evaluations.save(this.coach, this.id, null,
				new EvaluationContent(EvaluationFixtures.TODAY.plusDays(1), full.tookPart(), full.goals(), null, null,
						Outcome.NOT_WORKING, null),
				false), "evaluation.heldOn.future");
		this.evaluations.save(this.coach, this.id, null, new EvaluationContent(full.heldOn(), full.tookPart(),
				full.goals(), null, null, Outcome.NOT_WORKING, null), true);
		assertThat(this.evaluations.hasCompletedEvaluation(this.organisation.id(), this.id)).isTrue();
	}

	@Test
	void aStaleSaveIsRefusedAndACompletedEvaluationIsFinal() {
		EvaluationContent content = this.evaluated.complete(this.coach, this.id);
		this.evaluations.save(this.coach, this.id, null, content, false);
		assertThatThrownBy(() -> this.evaluations.save(this.coach, this.id, null, content, false))
			.isInstanceOf(ConcurrentEditException.class);
		this.evaluations.save(this.coach, this.id, 0L, content, false);
		assertThatThrownBy(() -> this.evaluations.save(this.coach, this.id, 0L, content, true))
			.isInstanceOf(ConcurrentEditException.class);
		this.evaluations.save(this.coach, this.id, 1L, content, true);
		assertRefused(() -> this.evaluations.save(this.coach, this.id, 2L, content, false),
				"evaluation.alreadyCompleted");
		assertThat(this.evaluations.page(this.coach, this.id).mayWrite()).isFalse();
	}

	@Test
	void theEvaluationIsHeldWhilePhasingOutOrInEvaluationOnly() {
		long active = this.make.active(this.organisation, this.organisation.coach(), "Actief", "Nog");
		assertRefused(() -> this.evaluations.save(this.coach, active, null, this.evaluated.complete(this.coach, active),
				false), "evaluation.notNow");
		this.trajectories.phaseOut(this.coach, active, this.make.version(this.coach, active));
		this.evaluations.save(this.coach, active, null, this.evaluated.complete(this.coach, active), false);
	}

	@Test
	void onlyTheCoachWritesTheTeamLeadReadsAndForOthersItDoesNotExist() {
		this.evaluations.save(this.coach, this.id, null, this.evaluated.complete(this.coach, this.id), false);
		CurrentUser lead = this.organisation.teamLead().user();
		assertThat(this.evaluations.page(lead, this.id).evaluation().outcome()).isEqualTo(Outcome.SAME_EMPLOYER);
		assertThat(this.evaluations.page(lead, this.id).mayWrite()).isFalse();
		assertThatThrownBy(
				() -> this.evaluations.save(lead, this.id, 0L, this.evaluated.complete(this.coach, this.id), true))
			.isInstanceOf(AccessDeniedException.class);
		for (CurrentUser other : List.of(this.organisation.admin().user(), this.organisation.otherCoach().user(),
				this.fixtures.organisation().coach().user())) {
			assertThatThrownBy(() -> this.evaluations.page(other, this.id)).isInstanceOf(NotFoundException.class);
		}
		assertThat(this.jdbc
			.sql("select count(*) from access_log where participant_id = "
					+ this.trajectories.frame(this.coach, this.id).participantId() + " and subject = 'EVALUATION'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	private void close(EndReason reason) {
		this.trajectories.close(this.coach, this.id, this.make.version(this.coach, this.id), reason, null);
	}

	static void assertRefused(Runnable action, String reason) {
		assertThatThrownBy(action::run).isInstanceOf(DomainRuleException.class).hasMessage(reason);
	}

}
