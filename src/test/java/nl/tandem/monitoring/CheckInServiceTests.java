package nl.tandem.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.TandemTest;
import nl.tandem.coaching.Attendee;
import nl.tandem.coaching.HeldSession;
import nl.tandem.coaching.SessionMode;
import nl.tandem.coaching.Sessions;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.monitoring.CheckInOverview.DueCheckIn;
import nl.tandem.monitoring.CheckInSignals.AllianceStatus;
import nl.tandem.monitoring.CheckInSignals.LatestBalance;
import nl.tandem.participant.WorkValue;
import nl.tandem.plan.Plans;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.EndReason;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@TandemTest
class CheckInServiceTests {

	static final LocalDate TODAY = TrajectoryFixtures.TODAY;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Trajectories trajectories;

	@Autowired
	Employers employers;

	@Autowired
	Plans plans;

	@Autowired
	Sessions sessions;

	@Autowired
	CheckIns checkIns;

	@Autowired
	JdbcClient jdbc;

	TrajectoryFixtures make;

	TestOrganisation organisation;

	CurrentUser coach;

	long id;

	@BeforeEach
	void activeTrajectory() {
		this.make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach().user();
		this.id = this.make.active(this.organisation, this.organisation.coach(), "Wim", "Waarde");
	}

	@Test
	void aWorkValuesCheckInShowsTheCapabilitySetAndItsDiscrepancies() {
		List<WorkValueAnswer> answers = CheckInRulesTests.answers(4, 4, 4);
		answers.set(5, CheckInRulesTests.answer(WorkValue.GOOD_INCOME, 5, 2, 2));
		answers.set(3, CheckInRulesTests.answer(WorkValue.MEANINGFUL_CONTACTS, 5, 5, 3));
		long checkIn = this.checkIns.recordWorkValues(this.coach, this.id, new NewWorkValueCheckIn(
				WorkValueMoment.INTAKE, TODAY, answers, "  Wil vooral collega's om zich heen  "));

		WorkValueCheckInView read = this.checkIns.workValueCheckIn(this.coach, frame(), checkIn);
		assertThat(read.moment()).isEqualTo(WorkValueMoment.INTAKE);
		assertThat(read.remark()).isEqualTo("Wil vooral collega's om zich heen");
		assertThat(read.answers()).extracting(WorkValueAnswer::value).containsExactly(WorkValue.values());
		assertThat(read.capabilitySet()).containsExactly(WorkValue.USING_KNOWLEDGE_AND_SKILLS,
				WorkValue.DEVELOPING_KNOWLEDGE_AND_SKILLS, WorkValue.INVOLVEMENT_IN_DECISIONS,
				WorkValue.SETTING_OWN_GOALS, WorkValue.CONTRIBUTING_TO_SOMETHING_VALUABLE);
		assertThat(read.discrepancies()).containsExactly(
				new WorkValueDiscrepancy(WorkValue.MEANINGFUL_CONTACTS, WorkValueDiscrepancy.Kind.ENABLED_NOT_REALISED),
				new WorkValueDiscrepancy(WorkValue.GOOD_INCOME, WorkValueDiscrepancy.Kind.IMPORTANT_NOT_ENABLED));
	}

	@Test
	void theDatabaseCountsTheSameCapabilitySetAsTheRule() {
		int[][] boundaries = { { 4, 4, 4 }, { 3, 4, 4 }, { 4, 3, 4 }, { 4, 4, 3 }, { 5, 5, 5 }, { 1, 1, 1 },
				{ 5, 4, 5 } };
		List<WorkValueAnswer> answers = new ArrayList<>();
		for (int i = 0; i < boundaries.length; i++) {
			answers.add(CheckInRulesTests.answer(WorkValue.values()[i], boundaries[i][0], boundaries[i][1],
					boundaries[i][2]));
		}
		long checkIn = this.checkIns.recordWorkValues(this.coach, this.id,
				new NewWorkValueCheckIn(WorkValueMoment.OTHER, TODAY, answers, null));
		List<String> inTheDatabase = this.jdbc
			.sql("select work_value from work_value_answer where work_value_check_in_id = :c and in_capability_set")
			.param("c", checkIn)
			.query(String.class)
			.list();
		assertThat(inTheDatabase)
			.containsExactlyInAnyOrderElementsOf(CapabilitySet.of(answers).stream().map(Enum::name).toList());
	}

	@Test
	void anIncompleteOrImpossibleCheckInIsRefusedAndNothingIsSaved() {
		List<WorkValueAnswer> six = CheckInRulesTests.answers(4, 4, 4).subList(0, 6);
		assertThatThrownBy(() -> this.checkIns.recordWorkValues(this.coach, this.id,
				new NewWorkValueCheckIn(WorkValueMoment.INTAKE, TODAY, six, null)))
			.hasMessage("checkins.workValues.incomplete");
		List<WorkValueAnswer> twice = new ArrayList<>(six);
		twice.add(six.get(0));
		assertThatThrownBy(() -> this.checkIns.recordWorkValues(this.coach, this.id,
				new NewWorkValueCheckIn(WorkValueMoment.INTAKE, TODAY, twice, null)))
			.hasMessage("checkins.workValues.incomplete");
		assertThatThrownBy(() -> this.checkIns.recordWorkValues(this.coach, this.id,
				new NewWorkValueCheckIn(null, TODAY, CheckInRulesTests.answers(4, 4, 4), null)))
			.hasMessage("checkins.moment.required");
		assertThatThrownBy(
				() -> this.checkIns.recordWorkValues(this.coach, this.id, new NewWorkValueCheckIn(WorkValueMoment.OTHER,
						TODAY.plusDays(1), CheckInRulesTests.answers(4, 4, 4), null)))
			.hasMessage("checkins.date.invalid");
		assertThatThrownBy(() -> this.checkIns.recordBalance(this.coach, this.id,
				new NewBalanceCheckIn(null, new BalanceScores(3, 3, 3, 3), null)))
			.hasMessage("checkins.date.invalid");
		assertThatThrownBy(() -> this.checkIns.recordAlliance(this.coach, this.id,
				new NewAllianceCheckIn(TODAY, new AllianceAnswers(3, 3, 3, 3, 3, 3), "x".repeat(2001))))
			.hasMessage("checkins.remark.tooLong");
		assertNothingSaved();
	}

	@Test
	void onlyTheCoachWritesAndReadsTheAnswersAndForEveryoneElseTheyDoNotExist() {
		this.checkIns.recordBalance(this.coach, this.id,
				new NewBalanceCheckIn(TODAY, new BalanceScores(4, 4, 4, 4), null));
		for (CurrentUser other : List.of(this.organisation.teamLead().user(), this.organisation.otherCoach().user(),
				this.organisation.admin().user(), this.fixtures.organisation().coach().user())) {
			assertThatThrownBy(() -> this.checkIns.frame(other, this.id)).as("frame for %s", other.displayName())
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.checkIns.recordBalance(other, this.id,
					new NewBalanceCheckIn(TODAY, new BalanceScores(1, 1, 1, 1), null)))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.checkIns.balance(other, frame())).isInstanceOf(NotFoundException.class);
			assertThat(this.checkIns.overview(other, this.trajectories.details(this.coach, this.id))).isEmpty();
		}
		assertThat(this.fixtures.count("balance_check_in", this.organisation)).isOne();
	}

	@Test
	void everyReadAndChangeOfTheAnswersIsInTheAccessLog() {
		long before = accessLog("CHANGE", "BALANCE_CHECK_INS");
		long checkIn = this.checkIns.recordBalance(this.coach, this.id,
				new NewBalanceCheckIn(TODAY, new BalanceScores(4, 4, 4, 4), null));
		assertThat(accessLog("CHANGE", "BALANCE_CHECK_INS")).isEqualTo(before + 1);
		long reads = accessLog("READ", "BALANCE_CHECK_INS");
		this.checkIns.balanceCheckIn(this.coach, frame(), checkIn);
		assertThat(accessLog("READ", "BALANCE_CHECK_INS")).isEqualTo(reads + 1);
		long overviews = accessLog("READ", "CHECK_INS");
		this.checkIns.overview(this.coach, this.trajectories.details(this.coach, this.id));
		assertThat(accessLog("READ", "CHECK_INS")).isEqualTo(overviews + 1);
	}

	@Test
	void aClosedTrajectoryTakesNoMoreCheckInsButItsCoachStillReadsThem() {
		this.checkIns.recordBalance(this.coach, this.id,
				new NewBalanceCheckIn(TODAY, new BalanceScores(4, 4, 4, 4), null));
		this.trajectories.close(this.coach, this.id, this.make.version(this.coach, this.id),
				EndReason.PARTICIPANT_STOPPED, "Gestopt");
		assertThatThrownBy(() -> this.checkIns.recordBalance(this.coach, this.id,
				new NewBalanceCheckIn(TODAY, new BalanceScores(4, 4, 4, 4), null)))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("checkins.trajectoryClosed");
		assertThat(this.checkIns.balance(this.coach, frame())).hasSize(1);
	}

	@Test
	void aCorrectionOfAnOlderVersionIsRefused() {
		long checkIn = this.checkIns.recordAlliance(this.coach, this.id,
				new NewAllianceCheckIn(TODAY, new AllianceAnswers(4, 4, 4, 4, 4, 4), null));
		long version = this.checkIns.allianceCheckIn(this.coach, frame(), checkIn).version();
		this.checkIns.correctAlliance(this.coach, this.id, checkIn, version,
				new NewAllianceCheckIn(TODAY, new AllianceAnswers(5, 4, 4, 4, 4, 4), "Na overleg"));
		assertThatThrownBy(() -> this.checkIns.correctAlliance(this.coach, this.id, checkIn, version,
				new NewAllianceCheckIn(TODAY, new AllianceAnswers(1, 1, 1, 1, 1, 1), null)))
			.isInstanceOf(ConcurrentEditException.class);
		AllianceCheckInView read = this.checkIns.allianceCheckIn(this.coach, frame(), checkIn);
		assertThat(read.answers().goalsShared()).isEqualTo(5);
		assertThat(read.remark()).isEqualTo("Na overleg");
		assertThat(read.version()).isEqualTo(version + 1);
	}

	@Test
	void aCorrectedWorkValuesCheckInKeepsOneAnswerPerValue() {
		long checkIn = this.checkIns.recordWorkValues(this.coach, this.id,
				new NewWorkValueCheckIn(WorkValueMoment.INTAKE, TODAY, CheckInRulesTests.answers(2, 2, 2), null));
		this.checkIns.correctWorkValues(this.coach, this.id, checkIn,
				this.checkIns.workValueCheckIn(this.coach, frame(), checkIn).version(), new NewWorkValueCheckIn(
						WorkValueMoment.INTAKE, TODAY.minusDays(1), CheckInRulesTests.answers(5, 5, 5), null));
		WorkValueCheckInView read = this.checkIns.workValueCheckIn(this.coach, frame(), checkIn);
		assertThat(read.takenOn()).isEqualTo(TODAY.minusDays(1));
		assertThat(read.capabilitySet()).hasSize(7);
		assertThat(this.fixtures.count("work_value_answer", this.organisation)).isEqualTo(7);
		assertThatThrownBy(() -> this.checkIns.correctWorkValues(this.organisation.otherCoach().user(), this.id,
				checkIn, 0,
				new NewWorkValueCheckIn(WorkValueMoment.INTAKE, TODAY, CheckInRulesTests.answers(1, 1, 1), null)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theSignalsNameTheValuesThatDroppedOutInTheLatestCheckInOfEachTrajectory() {
		long quiet = this.make.active(this.organisation, this.organisation.coach(), "Stan", "Stabiel");
		long single = this.make.active(this.organisation, this.organisation.coach(), "Eef", "Eenmaal");
		List<WorkValueAnswer> later = CheckInRulesTests.answers(4, 4, 4);
		later.set(3, CheckInRulesTests.answer(WorkValue.MEANINGFUL_CONTACTS, 5, 4, 2));
		later.set(6, CheckInRulesTests.answer(WorkValue.CONTRIBUTING_TO_SOMETHING_VALUABLE, 5, 1, 1));
		workValues(this.id, TODAY.minusMonths(6), CheckInRulesTests.answers(4, 4, 4));
		workValues(this.id, TODAY.minusDays(2), later);
		workValues(quiet, TODAY.minusMonths(6), CheckInRulesTests.answers(4, 4, 4));
		workValues(quiet, TODAY.minusDays(2), CheckInRulesTests.answers(5, 5, 5));
		workValues(single, TODAY, later);

		var dropped = this.checkIns.droppedOut(this.organisation.id(), List.of(this.id, quiet, single));
		assertThat(dropped).containsOnlyKeys(this.id);
		assertThat(dropped.get(this.id).values()).containsExactly(WorkValue.MEANINGFUL_CONTACTS,
				WorkValue.CONTRIBUTING_TO_SOMETHING_VALUABLE);
		assertThat(dropped.get(this.id).takenOn()).isEqualTo(TODAY.minusDays(2));
		assertThat(dropped.get(this.id).previousTakenOn()).isEqualTo(TODAY.minusMonths(6));
		assertThat(this.checkIns.overview(this.coach, this.trajectories.details(this.coach, this.id))
			.orElseThrow()
			.droppedOut()).as("the trajectory page agrees with the signal").isEqualTo(dropped.get(this.id).values());
		assertThat(this.checkIns.droppedOut(this.fixtures.organisation().id(), List.of(this.id)))
			.as("another organisation")
			.isEmpty();
	}

	@Test
	void theSignalsTellALowOrFallingAllianceFromAGoodOne() {
		long falling = this.make.active(this.organisation, this.organisation.coach(), "Fien", "Valt");
		long good = this.make.active(this.organisation, this.organisation.coach(), "Guus", "Goed");
		alliance(this.id, TODAY.minusDays(1), new AllianceAnswers(2, 3, 3, 3, 3, 3));
		alliance(falling, TODAY.minusMonths(3), new AllianceAnswers(5, 5, 5, 5, 5, 5));
		alliance(falling, TODAY.minusDays(1), new AllianceAnswers(5, 5, 4, 4, 4, 5));
		alliance(good, TODAY.minusMonths(3), new AllianceAnswers(4, 4, 4, 4, 4, 4));
		alliance(good, TODAY.minusDays(1), new AllianceAnswers(4, 4, 4, 4, 4, 3));

		var latest = this.checkIns.latestAlliance(this.organisation.id(), List.of(this.id, falling, good));
		assertThat(latest.get(this.id)).satisfies(status -> {
			assertThat(status.score()).isEqualByComparingTo("2.83");
			assertThat(status.low()).isTrue();
			assertThat(status.falling()).isFalse();
			assertThat(status.previousScore()).isNull();
		});
		assertThat(latest.get(falling)).satisfies(status -> {
			assertThat(status.score()).isEqualByComparingTo("4.50");
			assertThat(status.previousScore()).isEqualByComparingTo("5.00");
			assertThat(status.low()).isFalse();
			assertThat(status.falling()).isTrue();
			assertThat(status.takenOn()).isEqualTo(TODAY.minusDays(1));
		});
		assertThat(latest.get(good).signal()).isFalse();
		assertThat(latest.values()).filteredOn(AllianceStatus::signal)
			.extracting(AllianceStatus::trajectoryId)
			.containsExactlyInAnyOrder(this.id, falling);
	}

	@Test
	void theAllianceQuestionnaireIsDueAfterTheThirdHeldSessionAndThreeMonthsAfterTheLatest() {
		held(this.id, TODAY.minusDays(20));
		held(this.id, TODAY.minusDays(13));
		assertThat(this.checkIns.allianceDue(this.organisation.id(), List.of(this.id), TODAY)).isEmpty();
		held(this.id, TODAY.minusDays(6));
		assertThat(this.checkIns.allianceDue(this.organisation.id(), List.of(this.id), TODAY)).containsEntry(this.id,
				TODAY.minusDays(6));
		assertThat(
				this.checkIns.overview(this.coach, this.trajectories.details(this.coach, this.id)).orElseThrow().due())
			.contains(new DueCheckIn(DueCheckIn.Kind.ALLIANCE, TODAY.minusDays(6), null));

		alliance(this.id, TODAY.minusMonths(4), new AllianceAnswers(4, 4, 4, 4, 4, 4));
		assertThat(this.checkIns.allianceDue(this.organisation.id(), List.of(this.id), TODAY)).containsEntry(this.id,
				TODAY.minusMonths(4).plusMonths(3));
		alliance(this.id, TODAY, new AllianceAnswers(4, 4, 4, 4, 4, 4));
		assertThat(this.checkIns.allianceDue(this.organisation.id(), List.of(this.id), TODAY)).isEmpty();
		assertThat(this.checkIns.allianceDue(this.organisation.id(), List.of(this.id), TODAY.plusMonths(3)))
			.containsEntry(this.id, TODAY.plusMonths(3));
	}

	@Test
	void theSignalsTellWhetherBalanceAndLoadAreStable() {
		long stable = this.make.active(this.organisation, this.organisation.coach(), "Bo", "Balans");
		balance(this.id, TODAY.minusDays(14), new BalanceScores(4, 4, 5, 4));
		balance(this.id, TODAY.minusDays(7), new BalanceScores(4, 2, 3, 4));
		balance(stable, TODAY.minusDays(14), new BalanceScores(3, 3, 3, 3));
		balance(stable, TODAY.minusDays(7), new BalanceScores(4, 3, 3, 4));

		var latest = this.checkIns.latestBalance(this.organisation.id(), List.of(this.id, stable));
		assertThat(latest.get(this.id)).satisfies(balance -> {
			assertThat(balance.stable()).isFalse();
			assertThat(balance.concerns()).containsExactly(BalanceItem.LOAD, BalanceItem.SLEEP);
			assertThat(balance.scores()).isEqualTo(new BalanceScores(4, 2, 3, 4));
			assertThat(balance.previous()).isEqualTo(new BalanceScores(4, 4, 5, 4));
		});
		assertThat(latest.get(stable)).extracting(LatestBalance::stable).isEqualTo(true);
		assertThat(this.checkIns.overview(this.coach, this.trajectories.details(this.coach, this.id))
			.orElseThrow()
			.balance()).as("the trajectory page agrees with the signal").isEqualTo(latest.get(this.id));
	}

	@Test
	void theOverviewAsksForTheIntakeCheckInAndTheBalanceAfterTheLatestSession() {
		CheckInOverview empty = this.checkIns.overview(this.coach, this.trajectories.details(this.coach, this.id))
			.orElseThrow();
		assertThat(empty.isEmpty()).isTrue();
		assertThat(empty.due()).extracting(DueCheckIn::kind).containsExactly(DueCheckIn.Kind.WORK_VALUES_INTAKE);
		assertThat(empty.balanceAfterLastSession()).isFalse();

		held(this.id, TODAY.minusDays(1));
		workValues(this.id, TODAY.minusDays(3), CheckInRulesTests.answers(4, 4, 4));
		CheckInOverview afterSession = this.checkIns
			.overview(this.coach, this.trajectories.details(this.coach, this.id))
			.orElseThrow();
		assertThat(afterSession.due()).isEmpty();
		assertThat(afterSession.lastHeldOn()).isEqualTo(TODAY.minusDays(1));
		assertThat(afterSession.balanceAfterLastSession()).isTrue();
		balance(this.id, TODAY.minusDays(1), new BalanceScores(4, 4, 4, 4));
		assertThat(this.checkIns.overview(this.coach, this.trajectories.details(this.coach, this.id))
			.orElseThrow()
			.balanceAfterLastSession()).isFalse();
	}

	@Test
	void theSetBasedReadModelsTakeOneQueryHoweverManyTrajectories() {
		List<Long> many = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long trajectory = this.make.active(this.organisation, this.organisation.coach(), "Nr" + i, "Veel");
			balance(trajectory, TODAY.minusDays(7), new BalanceScores(4, 4, 4, 4));
			balance(trajectory, TODAY, new BalanceScores(3, 3, 3, 3));
			alliance(trajectory, TODAY, new AllianceAnswers(4, 4, 4, 4, 4, 4));
			many.add(trajectory);
		}
		nl.tandem.StatementCounter.reset();
		assertThat(this.checkIns.latestBalance(this.organisation.id(), many)).hasSize(5);
		assertThat(this.checkIns.latestAlliance(this.organisation.id(), many)).hasSize(5);
		assertThat(this.checkIns.droppedOut(this.organisation.id(), many)).isEmpty();
		assertThat(this.checkIns.allianceDue(this.organisation.id(), many, TODAY)).isEmpty();
		assertThat(nl.tandem.StatementCounter.count()).isLessThanOrEqualTo(5);
	}

	private void workValues(long trajectory, LocalDate on, List<WorkValueAnswer> answers) {
		this.checkIns.recordWorkValues(this.coach, trajectory,
				new NewWorkValueCheckIn(WorkValueMoment.OTHER, on, answers, null));
	}

	private void alliance(long trajectory, LocalDate on, AllianceAnswers answers) {
		this.checkIns.recordAlliance(this.coach, trajectory, new NewAllianceCheckIn(on, answers, null));
	}

	private void balance(long trajectory, LocalDate on, BalanceScores scores) {
		this.checkIns.recordBalance(this.coach, trajectory, new NewBalanceCheckIn(on, scores, null));
	}

	private void held(long trajectory, LocalDate on) {
		this.sessions.recordHeld(this.coach, trajectory, new HeldSession(null, on, null, 60, SessionMode.WORKPLACE,
				Set.of(Attendee.PARTICIPANT), Set.of(), List.of(), List.of(), null, List.of(), List.of(), true));
	}

	private nl.tandem.trajectory.TrajectoryFrame frame() {
		return this.checkIns.frame(this.coach, this.id);
	}

	private void assertNothingSaved() {
		assertThat(this.fixtures.count("work_value_check_in", this.organisation)).isZero();
		assertThat(this.fixtures.count("work_value_answer", this.organisation)).isZero();
		assertThat(this.fixtures.count("balance_check_in", this.organisation)).isZero();
		assertThat(this.fixtures.count("alliance_check_in", this.organisation)).isZero();
	}

	private long accessLog(String action, String subject) {
		return this.jdbc
			.sql("select count(*) from access_log where organisation_id = :o and action = :a and subject = :s")
			.param("o", this.organisation.id())
			.param("a", action)
			.param("s", subject)
			.query(Long.class)
			.single();
	}

}
