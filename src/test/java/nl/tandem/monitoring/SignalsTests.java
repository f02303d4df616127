package nl.tandem.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.TandemTest;
import nl.tandem.coaching.Attendee;
import nl.tandem.coaching.HeldSession;
import nl.tandem.coaching.Logbook;
import nl.tandem.coaching.Sessions;
import nl.tandem.coaching.SessionMode;
import nl.tandem.coaching.TimeCategory;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.participant.WorkValue;
import nl.tandem.plan.Actor;
import nl.tandem.plan.GoalStatus;
import nl.tandem.plan.IntensityProfile;
import nl.tandem.plan.Plans;
import nl.tandem.plan.Schedules;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Each signal rule on its own trajectory, the order of the list, who sees which signals,
 * acknowledging, and the phase-out readiness.
 */
@TandemTest
class SignalsTests {

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
	Sessions sessions;

	@Autowired
	Logbook logbook;

	@Autowired
	Zones zones;

	@Autowired
	CheckIns checkIns;

	@Autowired
	Signals signals;

	@Autowired
	PhaseOutReadiness readiness;

	@Autowired
	JdbcClient jdbc;

	TrajectoryFixtures make;

	TestOrganisation organisation;

	CurrentUser coach;

	@BeforeEach
	void organisation() {
		this.make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach().user();
	}

	@Test
	void aQuietTrajectoryHasNoSignals() {
		this.make.active(this.organisation, this.organisation.coach(), "Rust", "Stil");
		assertThat(this.signals.of(this.coach, true)).isEmpty();
	}

	@Test
	void everyRuleSignalsOnItsOwnAndTheMostUrgentComeFirst() {
		long red = active("Rood");
		this.zones.record(this.coach, red, Zone.RED, TODAY, null);

		long alliance = active("Klik");
		this.checkIns.recordAlliance(this.coach, alliance,
				new NewAllianceCheckIn(TODAY, new AllianceAnswers(2, 2, 3, 2, 2, 3), null));

		long values = active("Waarden");
		this.checkIns.recordWorkValues(this.coach, values,
				new NewWorkValueCheckIn(WorkValueMoment.INTAKE, TODAY.minusMonths(3), answers(5, 5, 5), null));
		this.checkIns
			.recordWorkValues(this.coach, values, new NewWorkValueCheckIn(WorkValueMoment.OTHER, TODAY, answers(5, 5, 5)
				.stream()
				.map(a -> (a.value() == WorkValue.MEANINGFUL_CONTACTS) ? new WorkValueAnswer(a.value(), 5, 2, 2) : a)
				.toList(), null));

		long usedUp = active("Op");
		for (int i = 0; i < 4; i++) {
			this.logbook.register(this.coach, usedUp,
					new Logbook.NewEntry(TimeCategory.INDIRECT, TODAY, 600, "Verslag", Set.of(), true));
		}
		long nearly = active("Bijna");
		for (int i = 0; i < 3; i++) {
			this.logbook.register(this.coach, nearly,
					new Logbook.NewEntry(TimeCategory.INDIRECT, TODAY, 650, "Verslag", Set.of(), false));
		}

		long quiet = active("Stil");
		held(quiet, TODAY.minusWeeks(7), null);

		long action = active("Actie");
		held(action, TODAY.minusDays(3), new HeldSession.Action(Actor.PARTICIPANT, "Rooster", TODAY.minusDays(1)));

		long intake = this.make.referral(this.organisation.coach(), "Intake", "Laat");
		this.jdbc.sql("update trajectory set referred_on = :day where id = :id")
			.param("day", TODAY.minusWeeks(5))
			.param("id", intake)
			.update();

		long due = active("Vragenlijst");
		for (int i = 1; i <= 3; i++) {
			held(due, TODAY.minusDays(i), null);
		}

		List<Signal> list = this.signals.of(this.coach, false);
		assertThat(list).extracting(Signal::kind)
			.as("most urgent first")
			.isSortedAccordingTo(java.util.Comparator.naturalOrder());
		assertThat(list).filteredOn(s -> s.trajectoryId() == red)
			.extracting(Signal::kind)
			.containsExactly(SignalKind.ZONE_RED, SignalKind.INTENSIFICATION_UNDECIDED);
		assertThat(kinds(list, alliance)).containsExactly(SignalKind.ALLIANCE_LOW);
		assertThat(kinds(list, values)).containsExactly(SignalKind.VALUE_DROPPED);
		assertThat(kinds(list, usedUp)).containsExactly(SignalKind.GRANT_USED_UP);
		assertThat(kinds(list, nearly)).containsExactly(SignalKind.GRANT_NEARLY_USED);
		assertThat(kinds(list, quiet)).containsExactly(SignalKind.NO_SESSION);
		assertThat(kinds(list, action)).containsExactly(SignalKind.ACTION_OVERDUE);
		assertThat(kinds(list, intake)).containsExactly(SignalKind.INTAKE_OVERDUE);
		assertThat(kinds(list, due)).containsExactly(SignalKind.ALLIANCE_DUE);
		assertThat(list).filteredOn(s -> s.kind() == SignalKind.NO_SESSION)
			.singleElement()
			.satisfies(s -> assertThat(s.since()).isEqualTo(TODAY.minusWeeks(7)));
		assertThat(list).allSatisfy(s -> assertThat(s.path()).startsWith("/trajectories/" + s.trajectoryId()));
	}

	@Autowired
	SupportRequests supportRequests;

	@Test
	void aRequestForSupportIsTheMostUrgentSignalUntilTheCoachAcknowledgesIt() {
		long red = active("Rood");
		this.zones.record(this.coach, red, Zone.RED, TODAY, null);
		long asks = active("Vraagt");
		long request = this.supportRequests.request(this.organisation.id(), asks, SupportRequests.Requester.PARTICIPANT,
				"  Het gaat niet goed op het werk  ");
		long employer = active("Werkgever");
		this.supportRequests.request(this.organisation.id(), employer, SupportRequests.Requester.EMPLOYER_CONTACT,
				null);

		List<Signal> list = this.signals.of(this.coach, false);
		assertThat(list.get(0)).satisfies(first -> {
			assertThat(first.kind()).isEqualTo(SignalKind.SUPPORT_NOW);
			assertThat(first.trajectoryId()).isEqualTo(asks);
			assertThat(first.detail()).isEqualTo("Het gaat niet goed op het werk");
			assertThat(first.since()).isEqualTo(TODAY);
		});
		assertThat(list).extracting(Signal::kind)
			.containsSubsequence(SignalKind.SUPPORT_NOW, SignalKind.ZONE_RED, SignalKind.CONTACT_REQUESTED);
		assertThat(this.signals.of(this.organisation.teamLead().user(), false))
			.filteredOn(s -> s.kind() == SignalKind.SUPPORT_NOW)
			.singleElement()
			.satisfies(s -> assertThat(s.detail()).as("the message is for the coach").isEmpty());
		assertThat(this.signals.of(this.fixtures.organisation().coach().user(), false)).isEmpty();

		this.signals.acknowledge(this.coach, asks, SignalKind.SUPPORT_NOW, String.valueOf(request), "Gebeld");
		assertThat(kinds(this.signals.of(this.coach, false), asks)).isEmpty();
		this.supportRequests.request(this.organisation.id(), asks, SupportRequests.Requester.PARTICIPANT, null);
		assertThat(kinds(this.signals.of(this.coach, false), asks)).as("a new request signals again")
			.containsExactly(SignalKind.SUPPORT_NOW);
	}

	@Test
	void aTooLongMessageKeepsNoRequest() {
		long id = active("Lang");
		assertThatThrownBy(() -> this.supportRequests.request(this.organisation.id(), id,
				SupportRequests.Requester.PARTICIPANT, "x".repeat(SupportRequests.MAX_MESSAGE + 1)))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("support.message.tooLong");
		assertThat(this.supportRequests.of(this.organisation.id(), List.of(id))).isEmpty();
	}

	@Test
	void theTeamLeadSeesTheTeamsSignalsAndNobodyElseDoes() {
		long red = active("Rood");
		this.zones.record(this.coach, red, Zone.ORANGE, TODAY, null);
		assertThat(this.signals.of(this.organisation.teamLead().user(), false)).extracting(Signal::trajectoryId)
			.contains(red);
		assertThat(this.signals.of(this.organisation.otherCoach().user(), false)).isEmpty();
		assertThat(this.signals.of(this.organisation.admin().user(), false)).isEmpty();
		assertThat(this.signals.of(this.fixtures.organisation().coach().user(), false)).isEmpty();
	}

	@Test
	void anAcknowledgedSignalLeavesTheListUntilSomethingNewHappens() {
		long id = active("Oranje");
		this.zones.record(this.coach, id, Zone.ORANGE, TODAY.minusDays(2), null);
		Signal orange = zone(this.signals.of(this.coach, false));
		assertThatThrownBy(() -> this.signals.acknowledge(this.coach, id, orange.kind(), orange.subject(), " "))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("signal.note.required");
		assertThatThrownBy(() -> this.signals.acknowledge(this.fixtures.organisation().coach().user(), id,
				orange.kind(), orange.subject(), "Gebeld"))
			.isInstanceOf(NotFoundException.class);
		this.signals.acknowledge(this.organisation.teamLead().user(), id, orange.kind(), orange.subject(),
				"Besproken met de coach");
		this.signals.acknowledge(this.coach, id, orange.kind(), orange.subject(), "Nog eens");

		assertThat(this.signals.of(this.coach, false)).noneMatch(s -> s.kind() == SignalKind.ZONE_ORANGE);
		assertThat(zone(this.signals.of(this.coach, true)).acknowledgement()).satisfies(ack -> {
			assertThat(ack.note()).isEqualTo("Besproken met de coach");
			assertThat(ack.on()).isEqualTo(TODAY);
		});

		// green, then orange again: a new occurrence
		this.zones.record(this.coach, id, Zone.GREEN, TODAY.minusDays(1), null);
		this.zones.record(this.coach, id, Zone.ORANGE, TODAY, null);
		assertThat(zone(this.signals.of(this.coach, false)).since()).isEqualTo(TODAY);
	}

	@Test
	void theSignalsTakeTheSameNumberOfStatementsForOneTrajectoryOrTen() {
		this.zones.record(this.coach, active("Een"), Zone.ORANGE, TODAY, null);
		nl.tandem.StatementCounter.reset();
		this.signals.of(this.coach, true);
		int one = nl.tandem.StatementCounter.count();
		for (int i = 0; i < 9; i++) {
			long id = active("Meer" + i);
			this.zones.record(this.coach, id, Zone.RED, TODAY, null);
			held(id, TODAY.minusWeeks(8), new HeldSession.Action(Actor.BUDDY, "Bellen", TODAY.minusDays(2)));
		}
		nl.tandem.StatementCounter.reset();
		assertThat(this.signals.of(this.coach, true)).hasSizeGreaterThan(20);
		assertThat(nl.tandem.StatementCounter.count()).isEqualTo(one);
	}

	@Test
	void aTrajectoryIsReadyForThePhaseOutWhenAllFivePointsHold() {
		long id = active("Klaar");
		Readiness before = readiness(id);
		assertThat(before.ready()).isFalse();
		assertThat(before.naturalSupport()).isTrue();
		assertThat(before.goalsReached()).isFalse();
		assertThat(before.ownView()).isNull();

		var goal = this.plans.page(this.coach, id, null).plan().goals().get(0).key();
		this.plans.recordProgress(this.coach, id, goal, GoalStatus.REACHED, 9, null);
		this.zones.record(this.coach, id, Zone.GREEN, TODAY.minusWeeks(Readiness.GREEN_WEEKS + 1), null);
		this.checkIns.recordBalance(this.coach, id, new NewBalanceCheckIn(TODAY, new BalanceScores(4, 4, 4, 4), null));
		assertThatThrownBy(() -> this.readiness.recordView(this.coach, id, null, null))
			.hasMessage("readiness.view.required");
		assertThatThrownBy(
				() -> this.readiness.recordView(this.organisation.teamLead().user(), id, PhaseOutView.READY, null))
			.isInstanceOf(AccessDeniedException.class);
		this.readiness.recordView(this.coach, id, PhaseOutView.READY, "Wil het zelf proberen");

		Readiness after = readiness(id);
		assertThat(after.met()).isEqualTo(5);
		assertThat(after.ready()).isTrue();
		assertThat(after.goalsPercent()).isEqualTo(100);
		assertThat(after.ownViewOn()).isEqualTo(TODAY);

		this.checkIns.recordBalance(this.coach, id, new NewBalanceCheckIn(TODAY, new BalanceScores(2, 4, 4, 4), null));
		assertThat(readiness(id).balanceStable()).isFalse();
		assertThat(readiness(id).ready()).isFalse();
	}

	private Readiness readiness(long id) {
		return this.readiness.of(this.trajectories.details(this.coach, id), this.organisation.id()).orElseThrow();
	}

	private long active(String family) {
		return this.make.active(this.organisation, this.organisation.coach(), "Sig", family);
	}

	private void held(long trajectory, LocalDate on, HeldSession.Action action) {
		this.sessions.recordHeld(this.coach, trajectory,
				new HeldSession(null, on, null, 30, SessionMode.PHONE, Set.of(Attendee.PARTICIPANT), Set.of(),
						List.of(), List.of(), null, List.of(), (action != null) ? List.of(action) : List.of(), true));
	}

	private static List<WorkValueAnswer> answers(int importance, int enabled, int realised) {
		return Arrays.stream(WorkValue.values())
			.map(value -> new WorkValueAnswer(value, importance, enabled, realised))
			.toList();
	}

	private static List<SignalKind> kinds(List<Signal> signals, long trajectory) {
		return signals.stream().filter(s -> s.trajectoryId() == trajectory).map(Signal::kind).toList();
	}

	private static Signal zone(List<Signal> signals) {
		return signals.stream().filter(s -> s.kind() == SignalKind.ZONE_ORANGE).findFirst().orElseThrow();
	}

}
