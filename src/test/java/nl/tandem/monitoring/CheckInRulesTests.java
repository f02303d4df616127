package nl.tandem.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.tandem.monitoring.CheckInOverview.DueCheckIn;
import nl.tandem.participant.WorkValue;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.trajectory.GrantPeriod;
import nl.tandem.trajectory.Phase;

import org.junit.jupiter.api.Test;

/**
 * The rules of the check-ins, one by one: the capability set, its discrepancies and
 * drop-outs, the stability of balance and load, the working alliance, when each
 * questionnaire is due, and the answer scale.
 */
class CheckInRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Test
	void aValueIsInTheCapabilitySetOnlyWhenImportantEnabledAndRealisedAreAllAtLeastFour() {
		assertThat(answer(WorkValue.GOOD_INCOME, 4, 4, 4).inCapabilitySet()).isTrue();
		assertThat(answer(WorkValue.GOOD_INCOME, 5, 5, 5).inCapabilitySet()).isTrue();
		assertThat(answer(WorkValue.GOOD_INCOME, 3, 5, 5).inCapabilitySet()).isFalse();
		assertThat(answer(WorkValue.GOOD_INCOME, 5, 3, 5).inCapabilitySet()).isFalse();
		assertThat(answer(WorkValue.GOOD_INCOME, 5, 5, 3).inCapabilitySet()).isFalse();
		assertThat(CapabilitySet.of(answers(5, 5, 5))).containsExactly(WorkValue.values());
		assertThat(CapabilitySet.of(answers(3, 5, 5))).isEmpty();
	}

	@Test
	void aDiscrepancyIsAnImportantValueTheWorkDoesNotEnableOrThatIsEnabledButNotRealised() {
		List<WorkValueAnswer> answers = answers(4, 4, 4);
		answers.set(0, answer(WorkValue.USING_KNOWLEDGE_AND_SKILLS, 5, 2, 1));
		answers.set(1, answer(WorkValue.DEVELOPING_KNOWLEDGE_AND_SKILLS, 4, 4, 3));
		answers.set(2, answer(WorkValue.INVOLVEMENT_IN_DECISIONS, 2, 5, 1));
		assertThat(CapabilitySet.discrepancies(answers)).containsExactly(
				new WorkValueDiscrepancy(WorkValue.USING_KNOWLEDGE_AND_SKILLS,
						WorkValueDiscrepancy.Kind.IMPORTANT_NOT_ENABLED),
				new WorkValueDiscrepancy(WorkValue.DEVELOPING_KNOWLEDGE_AND_SKILLS,
						WorkValueDiscrepancy.Kind.ENABLED_NOT_REALISED));
	}

	@Test
	void aValueThatDoesNotMatterToTheParticipantIsNoGapWhateverTheWork() {
		assertThat(CapabilitySet.discrepancies(answers(3, 1, 1))).isEmpty();
		assertThat(CapabilitySet.discrepancies(answers(1, 5, 1))).isEmpty();
	}

	@Test
	void aValueDropsOutWhenItWasInTheSetAtTheEarlierCheckInAndIsNotAtTheLater() {
		List<WorkValueAnswer> earlier = answers(4, 4, 4);
		List<WorkValueAnswer> later = answers(4, 4, 4);
		later.set(3, answer(WorkValue.MEANINGFUL_CONTACTS, 5, 4, 2));
		later.set(5, answer(WorkValue.GOOD_INCOME, 3, 4, 4));
		assertThat(CapabilitySet.droppedOut(earlier, later)).containsExactly(WorkValue.MEANINGFUL_CONTACTS,
				WorkValue.GOOD_INCOME);
		assertThat(CapabilitySet.droppedOut(later, earlier)).as("a value that comes back is no drop-out").isEmpty();
	}

	@Test
	void everyAnswerIsOnTheScaleOfOneToFive() {
		assertThatThrownBy(() -> answer(WorkValue.GOOD_INCOME, 0, 3, 3)).isInstanceOf(DomainRuleException.class)
			.hasMessage("checkins.answer.range");
		assertThatThrownBy(() -> answer(WorkValue.GOOD_INCOME, 3, 6, 3)).hasMessage("checkins.answer.range");
		assertThatThrownBy(() -> new BalanceScores(3, 3, 3, 0)).hasMessage("checkins.answer.range");
		assertThatThrownBy(() -> new BalanceScores(6, 3, 3, 3)).hasMessage("checkins.answer.range");
		assertThatThrownBy(() -> new AllianceAnswers(3, 3, 3, 3, 3, -1)).hasMessage("checkins.answer.range");
		assertThatThrownBy(() -> new AllianceAnswers(3, 3, 3, 3, 9, 3)).hasMessage("checkins.answer.range");
		assertThatThrownBy(() -> new WorkValueAnswer(null, 3, 3, 3)).hasMessage("checkins.workValues.incomplete");
	}

	@Test
	void balanceIsStableWhenNoItemIsTwoOrLowerAndNoneDroppedTwoPoints() {
		BalanceScores before = new BalanceScores(4, 4, 4, 4);
		assertThat(BalanceStability.stable(new BalanceScores(3, 3, 3, 3), null)).isTrue();
		assertThat(BalanceStability.stable(new BalanceScores(3, 3, 3, 3), before)).as("a fall of 1").isTrue();
		assertThat(BalanceStability.concerns(new BalanceScores(4, 2, 4, 4), null)).containsExactly(BalanceItem.LOAD);
		assertThat(BalanceStability.concerns(new BalanceScores(4, 4, 3, 5), new BalanceScores(4, 4, 5, 5)))
			.as("sleep fell by 2")
			.containsExactly(BalanceItem.SLEEP);
		assertThat(BalanceStability.concerns(new BalanceScores(1, 4, 4, 3), new BalanceScores(4, 4, 4, 5)))
			.containsExactly(BalanceItem.BALANCE, BalanceItem.ENERGY);
	}

	@Test
	void theAllianceScoreIsTheMeanOfSixAnswersAndLowBelowThree() {
		AllianceAnswers three = new AllianceAnswers(3, 3, 3, 3, 3, 3);
		AllianceAnswers justBelow = new AllianceAnswers(3, 3, 3, 3, 3, 2);
		assertThat(three.score()).isEqualByComparingTo("3.00");
		assertThat(justBelow.score()).isEqualByComparingTo("2.83");
		assertThat(AllianceRules.low(three)).isFalse();
		assertThat(AllianceRules.low(justBelow)).isTrue();
		assertThat(new AllianceAnswers(5, 4, 3, 2, 1, 5).mean(AllianceItem.Part.GOALS))
			.isEqualByComparingTo(new BigDecimal("4.5"));
	}

	@Test
	void theAllianceIsFallingWhenItScoresHalfAPointOrMoreBelowThePreviousOne() {
		AllianceAnswers before = new AllianceAnswers(5, 5, 5, 4, 4, 4);
		assertThat(AllianceRules.falling(new AllianceAnswers(5, 5, 4, 4, 4, 3), before)).as("0.33 lower").isFalse();
		assertThat(AllianceRules.falling(new AllianceAnswers(4, 4, 4, 4, 4, 4), before)).as("0.5 lower").isTrue();
		assertThat(AllianceRules.falling(new AllianceAnswers(5, 5, 5, 5, 5, 5), before)).isFalse();
		assertThat(AllianceRules.falling(before, null)).as("the first questionnaire").isFalse();
	}

	@Test
	void theAllianceIsDueFromTheThirdHeldSessionAndThenEveryThreeMonths() {
		LocalDate third = TODAY.minusDays(10);
		assertThat(AllianceRules.dueSince(null, null, TODAY)).isNull();
		assertThat(AllianceRules.dueSince(third, null, TODAY)).isEqualTo(third);
		assertThat(AllianceRules.dueSince(third, TODAY.minusMonths(2), TODAY)).isNull();
		assertThat(AllianceRules.dueSince(third, TODAY.minusMonths(3), TODAY)).isEqualTo(TODAY);
		assertThat(AllianceRules.dueSince(third, TODAY.minusMonths(4), TODAY))
			.isEqualTo(TODAY.minusMonths(4).plusMonths(3));
	}

	@Test
	void theIntakeCheckInIsDueUntilThereIsAnyAndNeverBeforeIntakeOrAfterClosure() {
		assertThat(WorkValueSchedule.due(Phase.INTAKE, List.of(), Map.of(), TODAY)).extracting(DueCheckIn::kind)
			.containsExactly(DueCheckIn.Kind.WORK_VALUES_INTAKE);
		assertThat(WorkValueSchedule.due(Phase.ACTIVE, List.of(), Map.of(WorkValueMoment.OTHER, TODAY), TODAY))
			.isEmpty();
		assertThat(WorkValueSchedule.due(Phase.REFERRED, List.of(), Map.of(), TODAY)).isEmpty();
		assertThat(WorkValueSchedule.due(Phase.CLOSED, List.of(), Map.of(), TODAY)).isEmpty();
	}

	@Test
	void aPeriodEndCheckInIsDueFromTwoWeeksBeforeThePeriodEndsUntilOneIsTaken() {
		List<GrantPeriod> periods = List.of(new GrantPeriod(1, TODAY.minusMonths(6), TODAY.plusDays(14), 2400),
				new GrantPeriod(2, TODAY.plusDays(15), TODAY.plusMonths(6), 2400));
		Map<WorkValueMoment, LocalDate> intake = Map.of(WorkValueMoment.INTAKE, TODAY.minusMonths(6));
		assertThat(WorkValueSchedule.due(Phase.ACTIVE, periods, intake, TODAY)).singleElement()
			.isEqualTo(new DueCheckIn(DueCheckIn.Kind.WORK_VALUES_PERIOD_END, TODAY, 1));
		assertThat(WorkValueSchedule.due(Phase.ACTIVE, periods, intake, TODAY.minusDays(1))).as("three weeks before")
			.isEmpty();
		assertThat(WorkValueSchedule.due(Phase.ACTIVE, periods,
				Map.of(WorkValueMoment.INTAKE, TODAY.minusMonths(6), WorkValueMoment.PERIOD_END, TODAY.minusDays(3)),
				TODAY))
			.as("taken from four weeks before the end")
			.isEmpty();
		assertThat(WorkValueSchedule.due(Phase.EVALUATION, periods, intake, TODAY)).extracting(DueCheckIn::kind)
			.containsExactly(DueCheckIn.Kind.WORK_VALUES_EVALUATION);
		assertThat(WorkValueSchedule.due(Phase.EVALUATION, periods,
				Map.of(WorkValueMoment.EVALUATION, TODAY.minusDays(1)), TODAY))
			.isEmpty();
	}

	static WorkValueAnswer answer(WorkValue value, int importance, int enabled, int realised) {
		return new WorkValueAnswer(value, importance, enabled, realised);
	}

	/**
	 * The same answers on every work value.
	 */
	static List<WorkValueAnswer> answers(int importance, int enabled, int realised) {
		List<WorkValueAnswer> answers = new ArrayList<>();
		for (WorkValue value : WorkValue.values()) {
			answers.add(answer(value, importance, enabled, realised));
		}
		return answers;
	}

}
