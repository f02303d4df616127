package nl.tandem.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.StatementCounter;
import nl.tandem.TandemTest;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.plan.IntensityProfile;
import nl.tandem.plan.Plans;
import nl.tandem.plan.Schedules;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.ContextEventKind;
import nl.tandem.trajectory.EndReason;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryDetails.TimelineEntry;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@TandemTest
class EarlyWarningServiceTests {

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
	EarlyWarningPlans warningPlans;

	@Autowired
	Zones zones;

	@Autowired
	Intensifications intensifications;

	@Autowired
	EarlyWarning earlyWarning;

	@Autowired
	JdbcClient jdbc;

	TrajectoryFixtures make;

	WarningFixtures warning;

	TestOrganisation organisation;

	CurrentUser coach;

	long id;

	@BeforeEach
	void activeTrajectoryWithASchedule() {
		this.make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.warning = new WarningFixtures(this.warningPlans);
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach().user();
		this.id = this.make.active(this.organisation, this.organisation.coach(), "Sam", "Signaal");
		this.schedules.generate(this.coach, this.id, -1, IntensityProfile.parse("1@60"), TODAY, TODAY.plusMonths(2));
	}

	@Test
	void aDraftIsWrittenAgreedAndChangedInANewVersionWhileTheOldOneStaysReadable() {
		int first = this.warning.agreed(this.coach, this.id);
		assertThat(this.warningPlans.page(this.coach, this.id, null).plan().status())
			.isEqualTo(EarlyWarningPlanStatus.AGREED);
		int second = this.warningPlans.startDraft(this.coach, this.id);
		assertThat(second).isEqualTo(first + 1);
		EarlyWarningPlanPage draft = this.warningPlans.page(this.coach, this.id, second);
		assertThat(draft.plan().zones()).extracting(ZoneContent::thoughts).containsOnly("Ik kan het wel aan");
		this.warningPlans.describeZone(this.coach, this.id, second, draft.plan().version(), Zone.ORANGE,
				new ZoneContent(0, Zone.ORANGE, "Niemand ziet wat ik doe", null, "Slaapt slecht", null,
						"Meldt het bij de buddy", "Geeft rust in het rooster", null, null, null));
		assertThatThrownBy(() -> this.warningPlans.startDraft(this.coach, this.id))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("warning.guard.draftExists");
		this.warningPlans.agree(this.coach, this.id, second, this.warning.version(this.coach, this.id, second), TODAY);
		assertThat(this.warningPlans.page(this.coach, this.id, first).plan().status())
			.isEqualTo(EarlyWarningPlanStatus.SUPERSEDED);
		assertThat(this.warningPlans.page(this.coach, this.id, first).plan().zones().get(1).thoughts())
			.isEqualTo("Ik kan het wel aan");
		assertThat(this.warningPlans.page(this.coach, this.id, null).plan().zones().get(1).thoughts())
			.isEqualTo("Niemand ziet wat ik doe");
		assertThat(this.warningPlans.summary(this.trajectories.frame(this.coach, this.id)).inForce()).isEqualTo(second);
	}

	@Test
	void agreeingNeedsASignalAndAnActionInEveryZoneInUseAndADayNotInTheFuture() {
		int number = this.warningPlans.startDraft(this.coach, this.id);
		this.warningPlans.describeZone(this.coach, this.id, number, 0, Zone.GREEN, WarningFixtures.content(Zone.GREEN));
		assertThatThrownBy(() -> this.warningPlans.agree(this.coach, this.id, number, 1, TODAY))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("warning.guard.incomplete.ORANGE");
		this.warningPlans.describeZone(this.coach, this.id, number, 1, Zone.ORANGE,
				WarningFixtures.content(Zone.ORANGE));
		this.warningPlans.describeZone(this.coach, this.id, number, 2, Zone.RED, WarningFixtures.content(Zone.RED));
		this.warningPlans.useYellow(this.coach, this.id, number, 3, true);
		assertThatThrownBy(() -> this.warningPlans.agree(this.coach, this.id, number, 4, TODAY))
			.hasMessage("warning.guard.incomplete.YELLOW");
		assertThatThrownBy(() -> this.warningPlans.agree(this.coach, this.id, number, 4, TODAY.plusDays(1)))
			.hasMessage("warning.agreedOn.invalid");
		this.warningPlans.useYellow(this.coach, this.id, number, 4, false);
		this.warningPlans.agree(this.coach, this.id, number, 5, TODAY);
		assertThat(this.warningPlans.page(this.coach, this.id, null).plan().agreedOn()).isEqualTo(TODAY);
	}

	@Test
	void anAgreedVersionIsReadOnlyAndAStaleEditIsRefused() {
		int number = this.warningPlans.startDraft(this.coach, this.id);
		this.warningPlans.describeZone(this.coach, this.id, number, 0, Zone.GREEN, WarningFixtures.content(Zone.GREEN));
		assertThatThrownBy(() -> this.warningPlans.describeZone(this.coach, this.id, number, 0, Zone.RED,
				WarningFixtures.content(Zone.RED)))
			.isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> this.warningPlans.describeZone(this.coach, this.id, number, 1, Zone.YELLOW,
				WarningFixtures.content(Zone.YELLOW)))
			.hasMessage("warning.zone.notInPlan");
		this.warningPlans.describeZone(this.coach, this.id, number, 1, Zone.ORANGE,
				WarningFixtures.content(Zone.ORANGE));
		this.warningPlans.describeZone(this.coach, this.id, number, 2, Zone.RED, WarningFixtures.content(Zone.RED));
		this.warningPlans.agree(this.coach, this.id, number, 3, TODAY);
		assertThatThrownBy(() -> this.warningPlans.describeZone(this.coach, this.id, number, 4, Zone.GREEN,
				WarningFixtures.content(Zone.GREEN)))
			.hasMessage("warning.guard.readOnly");
	}

	@Test
	void theLatestZoneIsCurrentAndYellowOnlyWhenThePlanUsesIt() {
		this.zones.record(this.coach, this.id, Zone.GREEN, TODAY.minusWeeks(6), "Gaat goed");
		this.zones.record(this.coach, this.id, Zone.GREEN, TODAY.minusWeeks(3), null);
		assertThatThrownBy(() -> this.zones.record(this.coach, this.id, Zone.YELLOW, TODAY, null))
			.hasMessage("zone.yellow.notInPlan");
		assertThatThrownBy(() -> this.zones.record(this.coach, this.id, Zone.GREEN, TODAY.plusDays(1), null))
			.hasMessage("zone.date.invalid");
		assertThatThrownBy(() -> this.zones.record(this.coach, this.id, null, TODAY, null)).hasMessage("zone.required");
		assertThatThrownBy(() -> this.zones.record(this.coach, this.id, Zone.GREEN, TODAY, "x".repeat(2001)))
			.hasMessage("zone.remark.tooLong");
		int number = this.warningPlans.startDraft(this.coach, this.id);
		this.warningPlans.useYellow(this.coach, this.id, number, 0, true);
		this.zones.record(this.coach, this.id, Zone.YELLOW, TODAY, "Eerste tekenen");
		List<ZoneRecordView> history = this.zones.history(this.coach, this.id);
		assertThat(history).extracting(ZoneRecordView::zone).containsExactly(Zone.YELLOW, Zone.GREEN, Zone.GREEN);
		assertThat(history.get(0).by()).isEqualTo("Sanne Coach");
		ZoneTimeline timeline = this.zones.timeline(history);
		assertThat(timeline.spans()).extracting(ZoneTimeline.Span::zone).containsExactly(Zone.GREEN, Zone.YELLOW);
		assertThat(timeline.spans().get(0).days()).isEqualTo(42);
		assertThat(timeline.days()).isEqualTo(43);
	}

	@Test
	void aZoneGoingUpToOrangeOrRedProposesAnIntensificationButNotWhileOneIsOpen() {
		assertThat(this.zones.record(this.coach, this.id, Zone.GREEN, TODAY.minusDays(10), null)).isFalse();
		assertThat(this.zones.record(this.coach, this.id, Zone.ORANGE, TODAY.minusDays(2), "Conflict")).isTrue();
		assertThat(this.zones.record(this.coach, this.id, Zone.RED, TODAY, null)).as("one open already").isFalse();
		IntensificationView open = this.intensifications.ofTrajectory(this.coach, this.id).get(0);
		assertThat(open.trigger()).isEqualTo(IntensificationTrigger.ZONE);
		assertThat(open.zone()).isEqualTo(Zone.ORANGE);
		assertThat(open.proposed()).isEqualTo(new IntensificationPlan(4, 1, 60));
		this.intensifications.decline(this.coach, this.id, open.id(), open.version(), "Gesprek met de buddy volstaat");
		assertThat(this.zones.record(this.coach, this.id, Zone.ORANGE, TODAY, null)).as("down from red").isFalse();
		assertThat(this.zones.record(this.coach, this.id, Zone.RED, TODAY, null)).isTrue();
		assertThat(this.intensifications.ofTrajectory(this.coach, this.id).get(0).proposed())
			.isEqualTo(new IntensificationPlan(4, 2, 60));
	}

	@Test
	void aContextEventProposesAnIntensificationWithTheDefaultsOfItsKind() {
		record(ContextEventKind.NEW_MANAGER);
		record(ContextEventKind.LOSS);
		List<IntensificationView> proposals = this.intensifications.ofTrajectory(this.coach, this.id);
		assertThat(proposals).extracting(IntensificationView::eventKind)
			.containsExactlyInAnyOrder(ContextEventKind.NEW_MANAGER, ContextEventKind.LOSS);
		assertThat(proposals).filteredOn(p -> p.eventKind() == ContextEventKind.NEW_MANAGER)
			.singleElement()
			.satisfies(p -> {
				assertThat(p.proposed()).isEqualTo(new IntensificationPlan(4, 1, 60));
				assertThat(p.status()).isEqualTo(IntensificationStatus.PROPOSED);
				assertThat(p.occurredOn()).isEqualTo(TODAY.minusDays(1));
			});
		assertThat(this.earlyWarning.openProposals(this.organisation.id(), List.of(this.id))).hasSize(2);
	}

	@Test
	void aTrajectoryNotBeingCoachedAtWorkGetsNoProposal() {
		long planning = this.make.planning(this.organisation, this.organisation.coach(), "Piet", "Plan");
		this.trajectories.recordEvent(this.coach, planning, this.make.version(this.coach, planning),
				ContextEventKind.MOVING, TODAY, null);
		this.trajectories.pause(this.coach, this.id, this.make.version(this.coach, this.id), "Rust",
				TODAY.plusWeeks(2));
		record(ContextEventKind.HEALTH);
		assertThat(this.earlyWarning.openProposals(this.organisation.id(), List.of(this.id, planning))).isEmpty();
	}

	@Test
	void acceptingAddsTheExtraSessionsToTheScheduleAndTheDecisionToTheTimeline() {
		record(ContextEventKind.NEW_MANAGER);
		IntensificationView proposal = this.intensifications.ofTrajectory(this.coach, this.id).get(0);
		int before = this.schedules.schedule(this.coach, this.id).sessions().size();
		IntensificationProposal preview = this.intensifications.proposal(this.coach, this.id, proposal.id(), null,
				TODAY.plusDays(1));
		assertThat(preview.sessions()).extracting(s -> s.on())
			.containsExactly(TODAY.plusDays(1), TODAY.plusDays(8), TODAY.plusDays(15), TODAY.plusDays(22));
		assertThat(preview.effect().extraMinutes()).isEqualTo(240);
		assertThat(preview.effect().periods().get(0).minutesGranted()).isEqualTo(40 * 60);
		assertThat(preview.effect().periods().get(0).minutesAfter() - preview.effect().periods().get(0).minutesBefore())
			.isEqualTo(240);
		assertThat(this.schedules.schedule(this.coach, this.id).sessions()).as("a preview saves nothing")
			.hasSize(before);
		this.intensifications.accept(this.coach, this.id, proposal.id(), proposal.version(),
				new IntensificationPlan(4, 1, 60), TODAY.plusDays(1));
		assertThat(this.schedules.schedule(this.coach, this.id).sessions()).hasSize(before + 4)
			.filteredOn(s -> s.on().equals(TODAY.plusDays(22)))
			.isNotEmpty();
		assertThat(this.intensifications.ofTrajectory(this.coach, this.id).get(0).status())
			.isEqualTo(IntensificationStatus.ACCEPTED);
		assertThat(this.earlyWarning.openProposals(this.organisation.id(), List.of(this.id))).isEmpty();
		assertThat(this.trajectories.details(this.coach, this.id).timeline())
			.filteredOn(e -> e.kind() == TimelineEntry.Kind.INTENSIFICATION)
			.singleElement()
			.satisfies(e -> assertThat(e.code()).isEqualTo("ACCEPTED"));
		assertThatThrownBy(() -> this.intensifications.decline(this.coach, this.id, proposal.id(),
				proposal.version() + 1, "Toch niet"))
			.hasMessage("intensification.guard.decided");
	}

	@Test
	void adaptingKeepsTheProposedFiguresBesideTheDecidedOnes() {
		record(ContextEventKind.REORGANISATION);
		IntensificationView proposal = this.intensifications.ofTrajectory(this.coach, this.id).get(0);
		int before = this.schedules.schedule(this.coach, this.id).sessions().size();
		this.intensifications.accept(this.coach, this.id, proposal.id(), proposal.version(),
				new IntensificationPlan(2, 2, 45), TODAY);
		IntensificationView decided = this.intensifications.ofTrajectory(this.coach, this.id).get(0);
		assertThat(decided.status()).isEqualTo(IntensificationStatus.ADAPTED);
		assertThat(decided.proposed()).isEqualTo(new IntensificationPlan(6, 1, 60));
		assertThat(decided.decided()).isEqualTo(new IntensificationPlan(2, 2, 45));
		assertThat(this.schedules.schedule(this.coach, this.id).sessions()).hasSize(before + 4);
	}

	@Test
	void figuresOutOfBoundsAndAStartInThePastAreRefusedAndNothingIsAdded() {
		record(ContextEventKind.NEW_COLLEAGUES);
		IntensificationView proposal = this.intensifications.ofTrajectory(this.coach, this.id).get(0);
		int before = this.schedules.schedule(this.coach, this.id).sessions().size();
		assertThatThrownBy(() -> accept(proposal, new IntensificationPlan(0, 1, 60), TODAY))
			.hasMessage("intensification.weeks.range");
		assertThatThrownBy(() -> accept(proposal, new IntensificationPlan(2, 9, 60), TODAY))
			.hasMessage("intensification.sessionsPerWeek.range");
		assertThatThrownBy(() -> accept(proposal, new IntensificationPlan(2, 1, 5), TODAY))
			.hasMessage("intensification.minutes.range");
		assertThatThrownBy(() -> accept(proposal, new IntensificationPlan(2, 1, 60), TODAY.minusDays(1)))
			.hasMessage("intensification.startsOn.invalid");
		assertThatThrownBy(() -> this.intensifications.accept(this.coach, this.id, proposal.id(),
				proposal.version() + 1, new IntensificationPlan(2, 1, 60), TODAY))
			.as("a stale version")
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(this.schedules.schedule(this.coach, this.id).sessions()).hasSize(before);
		assertThat(this.intensifications.ofTrajectory(this.coach, this.id).get(0).isOpen()).isTrue();
	}

	@Test
	void decliningNeedsAReason() {
		record(ContextEventKind.TASK_CHANGE);
		IntensificationView proposal = this.intensifications.ofTrajectory(this.coach, this.id).get(0);
		assertThatThrownBy(
				() -> this.intensifications.decline(this.coach, this.id, proposal.id(), proposal.version(), "  "))
			.hasMessage("intensification.reason.required");
		this.intensifications.decline(this.coach, this.id, proposal.id(), proposal.version(), "Al genoeg steun");
		IntensificationView declined = this.intensifications.ofTrajectory(this.coach, this.id).get(0);
		assertThat(declined.status()).isEqualTo(IntensificationStatus.DECLINED);
		assertThat(declined.declineReason()).isEqualTo("Al genoeg steun");
		assertThat(declined.decidedBy()).isEqualTo("Sanne Coach");
	}

	@Test
	void onlyTheAssignedCoachReadsTheEarlyWarningDataAndEveryReadIsLogged() {
		this.warning.agreed(this.coach, this.id);
		this.zones.record(this.coach, this.id, Zone.GREEN, TODAY, null);
		long logged = accessLog("READ");
		this.warningPlans.page(this.coach, this.id, null);
		this.zones.history(this.coach, this.id);
		assertThat(accessLog("READ")).isEqualTo(logged + 2);
		for (CurrentUser other : List.of(this.organisation.teamLead().user(), this.organisation.otherCoach().user(),
				this.organisation.admin().user(), this.fixtures.organisation().coach().user())) {
			assertThatThrownBy(() -> this.warningPlans.page(other, this.id, null))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.zones.history(other, this.id)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.zones.record(other, this.id, Zone.RED, TODAY, null))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.intensifications.ofTrajectory(other, this.id))
				.isInstanceOf(NotFoundException.class);
		}
	}

	@Test
	void aClosedTrajectoryKeepsItsPlanReadableButTakesNoChanges() {
		this.warning.agreed(this.coach, this.id);
		this.trajectories.close(this.coach, this.id, this.make.version(this.coach, this.id),
				EndReason.PARTICIPANT_STOPPED, null);
		assertThat(this.warningPlans.page(this.coach, this.id, null).plan()).isNotNull();
		assertThatThrownBy(() -> this.warningPlans.startDraft(this.coach, this.id))
			.hasMessage("warning.guard.trajectoryClosed");
		assertThatThrownBy(() -> this.zones.record(this.coach, this.id, Zone.RED, TODAY, null))
			.hasMessage("warning.guard.trajectoryClosed");
	}

	@Test
	void theReadModelsAnswerForManyTrajectoriesInOneStatementEach() {
		long second = this.make.active(this.organisation, this.organisation.coach(), "Tom", "Tweede");
		long third = this.make.active(this.organisation, this.organisation.coach(), "Dewi", "Derde");
		this.zones.record(this.coach, this.id, Zone.GREEN, TODAY.minusWeeks(10), null);
		this.zones.record(this.coach, this.id, Zone.GREEN, TODAY.minusWeeks(2), null);
		this.zones.record(this.coach, second, Zone.GREEN, TODAY.minusWeeks(10), null);
		this.zones.record(this.coach, second, Zone.ORANGE, TODAY.minusWeeks(4), null);
		this.zones.record(this.coach, second, Zone.ORANGE, TODAY.minusWeeks(1), null);
		this.zones.record(this.coach, third, Zone.ORANGE, TODAY.minusWeeks(9), null);
		this.zones.record(this.coach, third, Zone.GREEN, TODAY.minusWeeks(5), null);
		List<Long> all = List.of(this.id, second, third);
		StatementCounter.reset();
		var current = this.earlyWarning.currentZones(this.organisation.id(), all);
		assertThat(StatementCounter.count()).isEqualTo(1);
		assertThat(current.get(this.id).zone()).isEqualTo(Zone.GREEN);
		assertThat(current.get(this.id).since()).isEqualTo(TODAY.minusWeeks(10));
		assertThat(current.get(second).zone()).isEqualTo(Zone.ORANGE);
		assertThat(current.get(second).since()).isEqualTo(TODAY.minusWeeks(4));
		assertThat(current.get(second).lastRecordedOn()).isEqualTo(TODAY.minusWeeks(1));
		assertThat(this.earlyWarning.raisedZones(this.organisation.id(), all)).containsOnlyKeys(second);
		StatementCounter.reset();
		assertThat(this.earlyWarning.greenFor(this.organisation.id(), all, 8, TODAY)).containsExactly(this.id);
		assertThat(this.earlyWarning.greenFor(this.organisation.id(), all, 4, TODAY)).containsExactlyInAnyOrder(this.id,
				third);
		StatementCounter.reset();
		assertThat(this.earlyWarning.openProposals(this.organisation.id(), all)).as("orange, first recorded")
			.extracting(EarlyWarning.OpenProposal::trajectoryId)
			.containsExactly(second, third);
		assertThat(StatementCounter.count()).isEqualTo(1);
		assertThat(this.earlyWarning.currentZones(this.fixtures.organisation().id(), all)).as("other organisation")
			.isEmpty();
	}

	private void accept(IntensificationView proposal, IntensificationPlan plan, LocalDate start) {
		long version = plan.weeks() == 2 && plan.sessionsPerWeek() == 1 && plan.minutes() == 60 && start.equals(TODAY)
				? proposal.version() + 1 : proposal.version();
		this.intensifications.accept(this.coach, this.id, proposal.id(), version, plan, start);
	}

	private void record(ContextEventKind kind) {
		this.trajectories.recordEvent(this.coach, this.id, this.make.version(this.coach, this.id), kind,
				TODAY.minusDays(1), "Toelichting");
	}

	private long accessLog(String action) {
		return this.jdbc.sql("select count(*) from access_log where organisation_id = :o and action = :a")
			.param("o", this.organisation.id())
			.param("a", action)
			.query(Long.class)
			.single();
	}

}
