package nl.tandem.trajectory;

import java.time.Instant;
import java.time.LocalDate;

import nl.tandem.platform.DomainRuleException;
import nl.tandem.trajectory.Trajectory.Staffing;
import nl.tandem.trajectory.Trajectory.Step;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lifecycle of a trajectory and the guards of its steps.
 */
class TrajectoryTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static final Staffing SANNE = new Staffing(11, 1L);

	static Step by(String reason) {
		return new Step(7, Instant.parse("2026-11-22T10:00:00Z"), reason);
	}

	static Trajectory referred(Staffing coach) {
		return Trajectory.refer(1, 100,
				new Referral(ReferrerKind.UWV, "UWV Utrecht", TODAY.minusDays(3), "Wil blijven werken."), coach,
				by(null));
	}

	static Trajectory active() {
		Trajectory trajectory = referred(SANNE);
		trajectory.startIntake(by(null));
		trajectory.intakeCompleted(by(null));
		trajectory.planAgreed(TODAY);
		trajectory.activate(true, by(null));
		return trajectory;
	}

	@Test
	void aTrajectoryGoesFromReferralToClosureAndRecordsEveryStep() {
		Trajectory trajectory = active();
		trajectory.pause(TODAY.plusWeeks(2), TODAY, by("Ziekenhuisopname"));
		trajectory.resume(by(null));
		trajectory.phaseOut(by(null));
		trajectory.startEvaluation(by(null));
		trajectory.close(EndReason.GOALS_REACHED, true, TODAY, by(null));
		assertThat(trajectory.phase()).isEqualTo(Phase.CLOSED);
		assertThat(trajectory.transitions()).extracting(Transition::toPhase)
			.containsExactly(Phase.REFERRED, Phase.INTAKE, Phase.PLANNING, Phase.ACTIVE, Phase.PAUSED, Phase.ACTIVE,
					Phase.PHASING_OUT, Phase.EVALUATION, Phase.CLOSED);
		assertThat(trajectory.transitions().get(4).reason()).isEqualTo("Ziekenhuisopname");
		assertThat(trajectory.transitions()).allSatisfy(step -> assertThat(step.byAccount()).isEqualTo(7));
	}

	@Test
	void theIntakeNeedsACoach() {
		Trajectory trajectory = referred(null);
		assertRefused(() -> trajectory.startIntake(by(null)), "trajectory.guard.noCoach");
		trajectory.assign(SANNE, by(null));
		trajectory.startIntake(by(null));
		assertThat(trajectory.phase()).isEqualTo(Phase.INTAKE);
	}

	@Test
	void noTrajectoryBecomesActiveWithoutAnAgreedPlan() {
		Trajectory trajectory = referred(SANNE);
		trajectory.startIntake(by(null));
		trajectory.intakeCompleted(by(null));
		assertRefused(() -> trajectory.activate(false, by(null)), "trajectory.guard.noAgreedPlan");
		assertThat(trajectory.phase()).isEqualTo(Phase.PLANNING);
	}

	@Test
	void pausingNeedsAReasonAndAResumeDateInTheFuture() {
		Trajectory trajectory = active();
		assertRefused(() -> trajectory.pause(TODAY.plusDays(5), TODAY, by(" ")), "trajectory.guard.reasonRequired");
		assertRefused(() -> trajectory.pause(TODAY, TODAY, by("Verhuizing")), "trajectory.guard.resumeDateInPast");
		assertRefused(() -> trajectory.pause(null, TODAY, by("Verhuizing")), "trajectory.guard.resumeDateRequired");
		assertThat(trajectory.phase()).isEqualTo(Phase.ACTIVE);
	}

	@Test
	void coachingResumesInThePhaseItPausedFrom() {
		Trajectory trajectory = active();
		trajectory.phaseOut(by(null));
		trajectory.pause(TODAY.plusDays(10), TODAY, by("Rouw"));
		assertThat(trajectory.expectedResume()).isEqualTo(TODAY.plusDays(10));
		trajectory.resume(by(null));
		assertThat(trajectory.phase()).isEqualTo(Phase.PHASING_OUT);
		assertThat(trajectory.expectedResume()).isNull();
	}

	@Test
	void onlyCoachingCanPause() {
		Trajectory trajectory = referred(SANNE);
		assertRefused(() -> trajectory.pause(TODAY.plusDays(5), TODAY, by("x")), "trajectory.guard.notPausable");
	}

	@Test
	void goalsReachedIsOnlySaidAfterAnEvaluationButDropOutIsAlwaysPossible() {
		Trajectory trajectory = active();
		assertRefused(() -> trajectory.close(EndReason.GOALS_REACHED, true, TODAY, by(null)),
				"trajectory.guard.goalsReachedNeedsEvaluation");
		assertRefused(() -> trajectory.close(null, false, TODAY, by(null)), "trajectory.guard.endReasonRequired");
		trajectory.close(EndReason.PARTICIPANT_STOPPED, false, TODAY, by(null));
		assertThat(trajectory.endReason()).isEqualTo(EndReason.PARTICIPANT_STOPPED);
		assertRefused(() -> trajectory.close(EndReason.MOVED, false, TODAY, by(null)),
				"trajectory.guard.alreadyClosed");
	}

	@Test
	void goalsReachedNeedsACompletedEvaluationEvenInTheEvaluationPhase() {
		Trajectory trajectory = active();
		trajectory.startEvaluation(by(null));
		assertRefused(() -> trajectory.close(EndReason.GOALS_REACHED, false, TODAY, by(null)),
				"trajectory.guard.goalsReachedNeedsCompletedEvaluation");
		assertThat(trajectory.phase()).isEqualTo(Phase.EVALUATION);
		trajectory.close(EndReason.GOALS_REACHED, true, TODAY, by(null));
		assertThat(trajectory.endReason()).isEqualTo(EndReason.GOALS_REACHED);
	}

	@Test
	void aClosedTrajectoryIsReactivatedAsANewOneLinkedToIt() {
		Trajectory trajectory = active();
		trajectory.place(placement(TODAY.minusMonths(2), null, 24 * 60));
		assertRefused(() -> trajectory.reactivate(by("Nieuwe leidinggevende"), TODAY),
				"trajectory.guard.reactivateOnlyClosed");
		trajectory.close(EndReason.OTHER, false, TODAY, by("Afgerond zonder evaluatie"));
		assertRefused(() -> trajectory.reactivate(by(null), TODAY), "trajectory.guard.reasonRequired");
		Trajectory next = trajectory.reactivate(by("Nieuwe leidinggevende"), TODAY.plusMonths(3));
		assertThat(next.phase()).isEqualTo(Phase.INTAKE);
		assertThat(next.participantId()).isEqualTo(100);
		assertThat(next.coachId()).isEqualTo(SANNE.coachId());
		assertThat(next.referralReason()).isEqualTo("Nieuwe leidinggevende");
		assertThat(next.placements()).hasSize(1);
	}

	@Test
	void reassigningACoachNeedsAReasonAndKeepsTheHistory() {
		Trajectory trajectory = referred(SANNE);
		assertRefused(() -> trajectory.assign(new Staffing(12, 2L), by(null)), "trajectory.guard.reasonRequired");
		assertRefused(() -> trajectory.assign(SANNE, by("x")), "trajectory.guard.sameCoach");
		trajectory.assign(new Staffing(12, 2L), by("Sanne met verlof"));
		assertThat(trajectory.coachId()).isEqualTo(12);
		assertThat(trajectory.teamId()).isEqualTo(2);
		assertThat(trajectory.assignments()).extracting(CoachAssignment::coachId).containsExactly(11L, 12L);
	}

	@Test
	void aNewPlacementEndsTheRunningOneTheDayBefore() {
		Trajectory trajectory = active();
		trajectory.place(placement(TODAY.minusMonths(6), null, 20 * 60));
		trajectory.place(placement(TODAY, null, 24 * 60));
		assertThat(trajectory.placements().get(0).endDate()).isEqualTo(TODAY.minusDays(1));
		assertThat(trajectory.currentPlacement(TODAY))
			.hasValueSatisfying(placement -> assertThat(placement.minutesPerWeek()).isEqualTo(24 * 60));
		assertRefused(() -> trajectory.place(placement(TODAY.minusMonths(1), null, 60)),
				"placement.start.beforeEarlier");
	}

	@Test
	void aPlacementCannotEndBeforeItStartsNorHaveAbsurdHours() {
		assertRefused(() -> placement(TODAY, TODAY.minusDays(1), 60), "placement.end.beforeStart");
		assertRefused(() -> placement(TODAY, null, 0), "placement.hours.range");
		assertRefused(() -> placement(TODAY, null, 61 * 60), "placement.hours.range");
	}

	@Test
	void grantPeriodsFollowEachOther() {
		Grant grant = new Grant(1, Funder.UWV, null, "R1", LocalDate.of(2026, 1, 1), 6, 3, 40 * 60, 9250);
		assertThat(grant.schedule()).extracting(GrantPeriod::start)
			.containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1), LocalDate.of(2027, 1, 1));
		assertThat(grant.schedule().get(0).end()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(grant.endDate()).isEqualTo(LocalDate.of(2027, 6, 30));
	}

	static Placement placement(LocalDate start, LocalDate end, int minutesPerWeek) {
		return new Placement(1, 5, null, null, "Medewerker", minutesPerWeek, ContractType.FIXED_TERM, start, end, null);
	}

	static void assertRefused(Runnable action, String reason) {
		assertThatThrownBy(action::run).isInstanceOf(DomainRuleException.class).hasMessage(reason);
	}

}
