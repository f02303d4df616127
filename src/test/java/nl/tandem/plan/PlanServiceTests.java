package nl.tandem.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.TandemTest;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.FunderRule;
import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@TandemTest
class PlanServiceTests {

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
	Schedules schedules;

	@Autowired
	nl.tandem.trajectory.Caseloads caseloads;

	TrajectoryFixtures make;

	TestOrganisation organisation;

	CurrentUser coach;

	long id;

	@BeforeEach
	void trajectoryInPlanning() {
		this.make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach().user();
		this.id = this.make.planning(this.organisation, this.organisation.coach(), "Pien", "Plan");
	}

	@Test
	void aPlanIsAgreedWithTheThreeSignOffsAndOnlyThenCanCoachingStart() {
		int number = this.plans.startDraft(this.coach, this.id);
		PlanPage page = this.plans.page(this.coach, this.id, null);
		assertThat(page.plan().status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(page.plan().agreements()).singleElement()
			.satisfies(agreement -> assertThat(agreement.what()).contains("vaktechnische taken"));
		assertThatThrownBy(() -> this.plans.propose(this.coach, this.id, number, version()))
			.hasMessage("plan.guard.noGoals");

		this.plans.describe(this.coach, this.id, number, version(), TODAY, TODAY.plusMonths(6), "Werk houden",
				"Zelfstandige medewerker", "Eigen regie");
		this.plans.addGoal(this.coach, this.id, number, version(), learningGoal("Leren plannen"));
		this.plans.propose(this.coach, this.id, number, version());
		assertThatThrownBy(() -> this.plans.addGoal(this.coach, this.id, number, version(), learningGoal("Te laat")))
			.hasMessage("plan.guard.readOnly");

		assertThat(this.plans.signOff(this.coach, this.id, number, version(), Party.PARTICIPANT, TODAY,
				SignOffMethod.IN_PERSON))
			.isFalse();
		assertThat(this.plans.signOff(this.coach, this.id, number, version(), Party.EMPLOYER, TODAY.minusDays(1),
				SignOffMethod.EMAIL))
			.isFalse();
		assertThatThrownBy(() -> this.trajectories.activate(this.coach, this.id, trajectoryVersion()))
			.hasMessage("trajectory.guard.noAgreedPlan");
		assertThatThrownBy(() -> this.plans.signOff(this.coach, this.id, number, version(), Party.COACH,
				TODAY.plusDays(1), SignOffMethod.IN_PERSON))
			.hasMessage("signOff.date.invalid");

		assertThat(
				this.plans.signOff(this.coach, this.id, number, version(), Party.COACH, TODAY, SignOffMethod.IN_PERSON))
			.isTrue();
		PlanPage agreed = this.plans.page(this.coach, this.id, null);
		assertThat(agreed.plan().status()).isEqualTo(PlanStatus.AGREED);
		assertThat(agreed.plan().agreedOn()).isEqualTo(TODAY);
		assertThat(agreed.plan().signOffs()).extracting(SignOff::party).containsExactly(Party.values());
		assertThat(this.trajectories.details(this.coach, this.id).planAgreedOn()).isEqualTo(TODAY);
		this.trajectories.activate(this.coach, this.id, trajectoryVersion());
		assertThat(this.trajectories.details(this.coach, this.id).phase()).isEqualTo(Phase.ACTIVE);
	}

	@Test
	void changingAnAgreedPlanMakesANewVersionAndTheDifferencesShow() {
		this.make.agreePlan(this.coach, this.id);
		assertThatThrownBy(() -> this.plans.describe(this.coach, this.id, 1, version(), TODAY, TODAY.plusMonths(9),
				null, null, null))
			.hasMessage("plan.guard.readOnly");
		UUID kept = this.plans.page(this.coach, this.id, 1).plan().goals().get(0).key();

		int second = this.plans.startDraft(this.coach, this.id);
		assertThat(second).isEqualTo(2);
		assertThatThrownBy(() -> this.plans.startDraft(this.coach, this.id)).hasMessage("plan.guard.notAgreed");
		this.plans.describe(this.coach, this.id, 2, version(), TODAY, TODAY.plusMonths(9), null, null, null);
		this.plans.addGoal(this.coach, this.id, 2, version(), learningGoal("Leren samenwerken"));
		this.plans.changeGoal(this.coach, this.id, 2, version(), kept, new Goal.Content(GoalArea.WORK,
				GoalKind.LEARNING, "Leren aangeven wanneer het te druk wordt", "Minder stress", null, null));
		this.plans.addAttentionPoint(this.coach, this.id, 2, version(), AttentionDomain.MOTIVATION, null,
				"Zin in het werk houden");

		PlanDiff diff = this.plans.diff(this.coach, this.id, 1, 2);
		assertThat(diff.fields()).singleElement().satisfies(change -> {
			assertThat(change.what()).containsExactly("plan.endsOn");
			assertThat(change.before()).isEqualTo(TODAY.plusMonths(6));
			assertThat(change.after()).isEqualTo(TODAY.plusMonths(9));
		});
		assertThat(diff.goals()).hasSize(2);
		assertThat(diff.goals()).filteredOn(PlanDiff.Change::added)
			.singleElement()
			.satisfies(change -> assertThat(change.after().description()).isEqualTo("Leren samenwerken"));
		assertThat(diff.goals()).filteredOn(change -> !change.added() && !change.removed())
			.singleElement()
			.satisfies(change -> assertThat(change.what()).containsExactly("why"));
		assertThat(diff.attentionPoints()).singleElement().satisfies(change -> assertThat(change.added()).isTrue());

		assertThat(this.plans.page(this.coach, this.id, 1).plan().endsOn()).as("the agreed version stays")
			.isEqualTo(TODAY.plusMonths(6));
		this.plans.propose(this.coach, this.id, 2, version());
		for (Party party : Party.values()) {
			this.plans.signOff(this.coach, this.id, 2, version(), party, TODAY, SignOffMethod.IN_PERSON);
		}
		assertThat(this.plans.page(this.coach, this.id, null).versions()).extracting(PlanPage.VersionRow::status)
			.containsExactly(PlanStatus.AGREED, PlanStatus.SUPERSEDED);
	}

	@Test
	void goalProgressKeepsItsHistoryAcrossVersions() {
		this.make.agreePlan(this.coach, this.id);
		UUID goal = this.plans.page(this.coach, this.id, null).plan().goals().get(0).key();
		this.plans.recordProgress(this.coach, this.id, goal, GoalStatus.IN_PROGRESS, 3, "Eerste stap");
		this.plans.recordProgress(this.coach, this.id, goal, GoalStatus.IN_PROGRESS, 6, null);
		assertThatThrownBy(() -> this.plans.recordProgress(this.coach, this.id, goal, GoalStatus.IN_PROGRESS, 11, null))
			.hasMessage("progress.score.range");
		this.plans.startDraft(this.coach, this.id);

		PlanPage.GoalView view = this.plans.page(this.coach, this.id, 2).plan().goals().get(0);
		assertThat(view.score()).isEqualTo(6);
		assertThat(view.status()).isEqualTo(GoalStatus.IN_PROGRESS);
		assertThat(view.history()).extracting(PlanPage.Progress::score).containsExactly(3, 6);
		assertThat(view.history().get(0).by()).isEqualTo("Sanne Coach");
	}

	@Test
	void twoPeopleEditingTheSameVersionCannotOverwriteEachOther() {
		int number = this.plans.startDraft(this.coach, this.id);
		long seen = version();
		this.plans.addGoal(this.coach, this.id, number, seen, learningGoal("Eerste"));
		assertThatThrownBy(() -> this.plans.addGoal(this.organisation.teamLead().user(), this.id, number, seen,
				learningGoal("Tweede")))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(this.plans.page(this.coach, this.id, null).plan().goals()).extracting(g -> g.goal().description())
			.containsExactly("Eerste");
	}

	@Test
	void badInputIsRefusedAndNothingIsSaved() {
		int number = this.plans.startDraft(this.coach, this.id);
		assertThatThrownBy(() -> this.plans.describe(this.coach, this.id, number, version(), TODAY, TODAY.minusDays(1),
				"x", null, null))
			.hasMessage("plan.dates.endBeforeStart");
		assertThatThrownBy(() -> this.plans.addGoal(this.coach, this.id, number, version(),
				new Goal.Content(GoalArea.WORK, GoalKind.LEARNING, "  ", null, null, null)))
			.hasMessage("goal.description.required");
		PlanPage.Version plan = this.plans.page(this.coach, this.id, null).plan();
		assertThat(plan.startsOn()).isNull();
		assertThat(plan.expectationParticipant()).isNull();
		assertThat(plan.goals()).isEmpty();
		assertThat(plan.version()).isZero();
	}

	@Test
	void onlyTheCoachAndTheTeamLeadSeeThePlan() {
		this.make.agreePlan(this.coach, this.id);
		assertThat(this.plans.page(this.organisation.teamLead().user(), this.id, null).plan()).isNotNull();
		assertThatThrownBy(() -> this.plans.page(this.organisation.otherCoach().user(), this.id, null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.plans.page(this.organisation.admin().user(), this.id, null))
			.isInstanceOf(AccessDeniedException.class);
		TestOrganisation other = this.fixtures.organisation();
		assertThatThrownBy(() -> this.plans.page(other.coach().user(), this.id, null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.schedules.schedule(other.teamLead().user(), this.id))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theScheduleIsPreviewedAgainstTheGrantAndTheFunderRule() {
		PlannedHours modest = this.schedules.preview(this.coach, this.id, IntensityProfile.Preset.STANDARD.profile(),
				TODAY.minusDays(10), TODAY.plusMonths(12));
		assertThat(modest.hasWarnings()).isFalse();
		assertThat(modest.periods()).hasSize(2);
		assertThat(this.schedules.schedule(this.coach, this.id).exists()).as("a preview saves nothing").isFalse();

		PlannedHours heavy = this.schedules.preview(this.coach, this.id, IntensityProfile.parse("1@240"),
				TODAY.minusDays(10), TODAY.plusMonths(12));
		assertThat(heavy.periods().get(0).overGrant()).isTrue();
		assertThat(heavy.ruleWarnings()).extracting(w -> w.rule())
			.containsExactly(FunderRule.MAX_GRANT_SHARE_FIRST_PERIOD);
		assertThat(heavy.minutesPlanned()).isEqualTo(heavy.sessions() * 240);
	}

	@Test
	void regeneratingKeepsTheSessionsThatWereHeld() {
		this.schedules.generate(this.coach, this.id, -1, IntensityProfile.Preset.STANDARD.profile(),
				TODAY.minusWeeks(3), TODAY.plusMonths(6));
		ScheduleView first = this.schedules.schedule(this.coach, this.id);
		UUID held = first.sessions().get(1).key();
		this.schedules.markHeld(this.coach, this.id, held);
		ScheduleView marked = this.schedules.schedule(this.coach, this.id);

		this.schedules.generate(this.coach, this.id, marked.version(), IntensityProfile.Preset.MONTHLY.profile(),
				TODAY.minusWeeks(3), TODAY.plusMonths(6));
		List<ScheduleView.Session> after = this.schedules.schedule(this.coach, this.id).sessions();
		assertThat(after).filteredOn(ScheduleView.Session::held)
			.singleElement()
			.satisfies(session -> assertThat(session.key()).isEqualTo(held));
		assertThat(after).filteredOn(session -> !session.held())
			.allSatisfy(session -> assertThat(session.on()).isAfter(first.sessions().get(1).on()));
		assertThatThrownBy(() -> this.schedules.remove(this.coach, this.id,
				this.schedules.schedule(this.coach, this.id).version(), held))
			.hasMessage("schedule.session.held");
		assertThatThrownBy(() -> this.schedules.generate(this.coach, this.id, marked.version(),
				IntensityProfile.Preset.MONTHLY.profile(), TODAY, TODAY.plusMonths(6)))
			.isInstanceOf(ConcurrentEditException.class);
	}

	@Test
	void theCoachDashboardShowsTheNextPlannedSession() {
		this.schedules.generate(this.coach, this.id, -1, IntensityProfile.parse("2@60"), TODAY.minusWeeks(2),
				TODAY.plusMonths(2));
		assertThat(this.caseloads.coachDashboard(this.coach).get(Phase.PLANNING)).singleElement()
			.satisfies(row -> assertThat(row.nextSession()).isEqualTo(TODAY));
		ScheduleView schedule = this.schedules.schedule(this.coach, this.id);
		this.schedules.markHeld(this.coach, this.id, schedule.sessions().get(1).key());
		assertThat(this.caseloads.coachDashboard(this.coach).get(Phase.PLANNING)).singleElement()
			.satisfies(row -> assertThat(row.nextSession()).isEqualTo(TODAY.plusWeeks(2)));
	}

	@Test
	void sessionsAreMovedAddedAndRemoved() {
		this.schedules.generate(this.coach, this.id, -1, IntensityProfile.parse("2@60"), TODAY, TODAY.plusWeeks(4));
		ScheduleView schedule = this.schedules.schedule(this.coach, this.id);
		assertThat(schedule.sessions()).hasSize(3);
		UUID first = schedule.sessions().get(0).key();
		this.schedules.move(this.coach, this.id, schedule.version(), first, TODAY.plusWeeks(5), 90);
		this.schedules.add(this.coach, this.id, version(schedule), TODAY.plusDays(1), 30);
		ScheduleView changed = this.schedules.schedule(this.coach, this.id);
		assertThat(changed.sessions()).extracting(ScheduleView.Session::on)
			.containsExactly(TODAY.plusDays(1), TODAY.plusWeeks(2), TODAY.plusWeeks(4), TODAY.plusWeeks(5));
		assertThat(changed.sessions().get(3).key()).as("a moved session keeps its key").isEqualTo(first);
		this.schedules.remove(this.coach, this.id, changed.version(), first);
		assertThat(this.schedules.schedule(this.coach, this.id).hours().minutesPlanned()).isEqualTo(30 + 60 + 60);
		assertThatThrownBy(() -> this.schedules.add(this.coach, this.id, changed.version() + 1, TODAY, 10))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("schedule.minutes.range");
	}

	private long version(ScheduleView ignored) {
		return this.schedules.schedule(this.coach, this.id).version();
	}

	private long version() {
		return this.plans.page(this.coach, this.id, null).plan().version();
	}

	private long trajectoryVersion() {
		return this.trajectories.details(this.coach, this.id).version();
	}

	private static Goal.Content learningGoal(String description) {
		return new Goal.Content(GoalArea.WORK, GoalKind.LEARNING, description, null, null, null);
	}

	@Test
	void movingToThePhaseOutThinsTheSessionsStillToCome() {
		long active = this.make.active(this.organisation, this.organisation.coach(), "Fien", "Afbouw");
		// weekly, 9 sessions: 2 in the past, today, and 6 to come
		this.schedules.generate(this.coach, active, -1, IntensityProfile.parse("1@60"), TODAY.minusWeeks(2),
				TODAY.plusWeeks(6));
		ScheduleView before = this.schedules.schedule(this.coach, active);
		assertThat(before.sessions()).hasSize(9);
		this.trajectories.phaseOut(this.coach, active, this.make.version(this.coach, active));
		List<LocalDate> after = this.schedules.schedule(this.coach, active)
			.sessions()
			.stream()
			.map(ScheduleView.Session::on)
			.toList();
		assertThat(after).containsExactly(TODAY.minusWeeks(2), TODAY.minusWeeks(1), TODAY, TODAY.plusWeeks(2),
				TODAY.plusWeeks(4), TODAY.plusWeeks(6));
		// back from a pause into the phase-out the schedule stays as it is
		this.trajectories.pause(this.coach, active, this.make.version(this.coach, active), "Vakantie",
				TODAY.plusWeeks(1));
		this.trajectories.resume(this.coach, active, this.make.version(this.coach, active));
		assertThat(this.schedules.schedule(this.coach, active).sessions()).hasSize(6);
	}

	@Test
	void goalsReachedAndNaturalSupportAreReadForManyTrajectoriesAtOnce() {
		long active = this.make.active(this.organisation, this.organisation.coach(), "Gijs", "Doelen");
		UUID goal = this.plans.page(this.coach, active, null).plan().goals().get(0).key();
		assertThat(this.plans.goalsReached(this.organisation.id(), List.of(active, this.id))).containsOnlyKeys(active)
			.hasEntrySatisfying(active, reached -> {
				assertThat(reached.reached()).isZero();
				assertThat(reached.goals()).isPositive();
				// every plan starts with the supervisor teaching the technical tasks
				assertThat(reached.naturalSupport()).isTrue();
			});
		this.plans.recordProgress(this.coach, active, goal, GoalStatus.REACHED, 10, "Gelukt");
		Plans.GoalsReached reached = this.plans.goalsReached(this.organisation.id(), List.of(active)).get(active);
		assertThat(reached.reached()).isEqualTo(1);
		assertThat(reached.percent()).isEqualTo(Math.round(100f / reached.goals()));
		assertThat(this.plans.goalsReached(this.fixtures.organisation().id(), List.of(active))).isEmpty();
	}

}
