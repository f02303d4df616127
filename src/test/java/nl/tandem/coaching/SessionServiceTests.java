package nl.tandem.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.TandemTest;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.plan.Actor;
import nl.tandem.plan.AttentionDomain;
import nl.tandem.plan.GoalStatus;
import nl.tandem.plan.IntensityProfile;
import nl.tandem.plan.PlanPage;
import nl.tandem.plan.Plans;
import nl.tandem.plan.ScheduleView;
import nl.tandem.plan.Schedules;
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
import org.springframework.security.access.AccessDeniedException;

@TandemTest
class SessionServiceTests {

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
	JdbcClient jdbc;

	TestOrganisation organisation;

	CurrentUser coach;

	long id;

	UUID goal;

	ScheduleView.Session planned;

	@BeforeEach
	void activeTrajectoryWithASchedule() {
		TrajectoryFixtures make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach().user();
		this.id = make.active(this.organisation, this.organisation.coach(), "Sem", "Sessie");
		this.schedules.generate(this.coach, this.id, -1, IntensityProfile.parse("1@60"), TODAY.minusWeeks(2),
				TODAY.plusMonths(2));
		this.goal = this.plans.page(this.coach, this.id, null).plan().goals().get(0).key();
		this.planned = this.schedules.schedule(this.coach, this.id).sessions().get(0);
	}

	@Test
	void aHeldSessionMarksThePlanHeldMovesTheGoalOnAndRegistersTheDirectTime() {
		long session = this.sessions.recordHeld(this.coach, this.id,
				new HeldSession(this.planned.key(), TODAY.minusDays(1), LocalTime.of(10, 0), 75, SessionMode.WORKPLACE,
						Set.of(Attendee.PARTICIPANT, Attendee.SUPERVISOR), Set.of(AttentionDomain.COMMUNICATION),
						List.of(new HeldSession.Goal(this.goal, "Heeft het zelf gemeld", 6)),
						List.of(new HeldSession.Note("Slaapt slecht", NoteVisibility.COACH_ONLY, true),
								new HeldSession.Note("Goede week gehad", NoteVisibility.SHARED_WITH_EMPLOYER, false)),
						"Het gaat de goede kant op.",
						List.of(new HeldSession.Learning(this.goal, "Te laat gemeld", "Eerder bellen")),
						List.of(new HeldSession.Action(Actor.SUPERVISOR, "Rooster vastzetten", TODAY.plusDays(7))),
						false));

		assertThat(this.schedules.schedule(this.coach, this.id).sessions().get(0).held()).isTrue();
		PlanPage.GoalView goal = this.plans.page(this.coach, this.id, null).plan().goals().get(0);
		assertThat(goal.score()).isEqualTo(6);
		assertThat(goal.status()).isEqualTo(GoalStatus.IN_PROGRESS);
		assertThat(this.logbook.entries(this.coach, this.id)).singleElement().satisfies(entry -> {
			assertThat(entry.sessionId()).isEqualTo(session);
			assertThat(entry.category()).isEqualTo(TimeCategory.DIRECT);
			assertThat(entry.minutes()).isEqualTo(75);
			assertThat(entry.goals()).containsExactly(this.goal);
			assertThat(entry.billable()).isTrue();
		});
		assertThat(this.sessions.openActions(this.coach, this.id)).extracting(Sessions.ActionItem::what)
			.containsExactly("Rooster vastzetten");
		assertThat(this.logbook.hours(this.coach, this.id).get(0).minutesUsed()).isEqualTo(75);
	}

	@Test
	void notesAreReadOnlyByWhomTheyAreSharedWithAndCoachOnlyReadsAreLogged() {
		recordWithNotes();
		assertThat(this.sessions.read(this.organisation.id(), this.id, NoteVisibility.Reader.EMPLOYER)).singleElement()
			.satisfies(s -> {
				assertThat(s.notes()).extracting(SessionNote::text).containsExactly("Goede week gehad");
				assertThat(s.goals()).isEmpty();
				assertThat(s.employerSummary()).isEqualTo("Samenvatting");
			});
		assertThat(this.sessions.read(this.organisation.id(), this.id, NoteVisibility.Reader.PARTICIPANT))
			.singleElement()
			.satisfies(s -> assertThat(s.notes()).extracting(SessionNote::text)
				.containsExactly("Voor de deelnemer", "Goede week gehad"));
		long before = accessLog();
		assertThat(this.sessions.ofTrajectory(this.organisation.teamLead().user(), this.id)).singleElement()
			.satisfies(s -> assertThat(s.notes()).hasSize(3));
		assertThat(accessLog()).isEqualTo(before + 1);
	}

	@Test
	void aSensitiveNoteCannotBeSharedWithTheEmployerAndNothingIsSaved() {
		assertThatThrownBy(() -> this.sessions.recordHeld(this.coach, this.id,
				held(this.planned.key(), 60,
						List.of(new HeldSession.Note("Depressief", NoteVisibility.SHARED_WITH_EMPLOYER, true)))))
			.hasMessage("note.sensitive.notForEmployer");
		assertNothingSaved();
	}

	@Test
	void badInputIsRefusedAndNothingIsHalfSaved() {
		assertThatThrownBy(
				() -> this.sessions.recordHeld(this.coach, this.id, held(this.planned.key(), -30, List.of())))
			.hasMessage("session.minutes.range");
		assertThatThrownBy(
				() -> this.sessions.recordHeld(this.coach, this.id, held(this.planned.key(), 2000, List.of())))
			.hasMessage("session.minutes.range");
		HeldSession otherGoal = new HeldSession(this.planned.key(), TODAY, null, 60, SessionMode.PHONE,
				Set.of(Attendee.PARTICIPANT), Set.of(), List.of(new HeldSession.Goal(UUID.randomUUID(), "x", 5)),
				List.of(), null, List.of(), List.of(), false);
		assertThatThrownBy(() -> this.sessions.recordHeld(this.coach, this.id, otherGoal))
			.hasMessage("session.goal.unknown");
		assertThatThrownBy(() -> this.logbook.register(this.coach, this.id,
				new Logbook.NewEntry(TimeCategory.INDIRECT, TODAY, 30, "Overleg", Set.of(UUID.randomUUID()), false)))
			.hasMessage("time.goal.unknown");
		assertNothingSaved();
		assertThat(this.schedules.schedule(this.coach, this.id).sessions().get(0).held()).isFalse();
	}

	@Test
	void aClosedTrajectoryTakesNoMoreSessions() {
		this.trajectories.close(this.coach, this.id, this.trajectories.details(this.coach, this.id).version(),
				EndReason.PARTICIPANT_STOPPED, null);
		assertThatThrownBy(() -> this.sessions.recordHeld(this.coach, this.id, held(null, 60, List.of())))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("session.trajectoryClosed");
	}

	@Test
	void onlyTheCoachRecordsAndOtherOrganisationsSeeNothing() {
		assertThatThrownBy(
				() -> this.sessions.recordHeld(this.organisation.teamLead().user(), this.id, held(null, 60, List.of())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.sessions.recordHeld(this.organisation.otherCoach().user(), this.id,
				held(null, 60, List.of())))
			.isInstanceOf(NotFoundException.class);
		TestOrganisation other = this.fixtures.organisation();
		assertThatThrownBy(() -> this.sessions.ofTrajectory(other.coach().user(), this.id))
			.isInstanceOf(NotFoundException.class);
		assertNothingSaved();
	}

	@Test
	void registeringBeyondTheGrantNeedsAConfirmationAndOnlyThePartBeyondIsNotBillable() {
		// the fixture grants 40 hours in the first period
		this.logbook.register(this.coach, this.id,
				new Logbook.NewEntry(TimeCategory.INDIRECT, TODAY, 700, "Rapportage", Set.of(), false));
		this.logbook.register(this.coach, this.id,
				new Logbook.NewEntry(TimeCategory.INDIRECT, TODAY, 700, "Rapportage", Set.of(), false));
		this.logbook.register(this.coach, this.id,
				new Logbook.NewEntry(TimeCategory.INDIRECT, TODAY, 700, "Rapportage", Set.of(), false));
		assertThat(this.logbook.hours(this.coach, this.id).get(0).level()).isEqualTo(PeriodHours.Level.NEARLY_USED);
		assertThatThrownBy(() -> this.logbook.register(this.coach, this.id,
				new Logbook.NewEntry(TimeCategory.TRAVEL, TODAY, 400, "Reistijd", Set.of(), false)))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("time.overGrant.confirm");
		this.logbook.register(this.coach, this.id,
				new Logbook.NewEntry(TimeCategory.TRAVEL, TODAY, 400, "Reistijd", Set.of(), true));
		PeriodHours first = this.logbook.hours(this.coach, this.id).get(0);
		assertThat(first.minutesUsed()).isEqualTo(2500);
		// 2,400 minutes granted: 300 of the 400 still fit, 100 do not
		assertThat(first.minutesNotBillable()).isEqualTo(100);
		assertThat(first.level()).isEqualTo(PeriodHours.Level.USED_UP);
		assertThat(this.logbook.entries(this.coach, this.id).get(0)).satisfies(entry -> {
			assertThat(entry.category()).isEqualTo(TimeCategory.TRAVEL);
			assertThat(entry.billableMinutes()).isEqualTo(300);
			assertThat(entry.notBillableMinutes()).isEqualTo(100);
		});
		this.logbook.register(this.coach, this.id,
				new Logbook.NewEntry(TimeCategory.INDIRECT, TODAY, 30, "Overleg", Set.of(), true));
		assertThat(this.logbook.entries(this.coach, this.id).get(0).billableMinutes()).isZero();
	}

	@Test
	void theGrantCheckTellsWhatTheMinutesWouldDoBeforeAnythingIsSaved() {
		this.logbook.register(this.coach, this.id,
				new Logbook.NewEntry(TimeCategory.INDIRECT, TODAY, 700, "Rapportage", Set.of(), false));
		assertThat(this.logbook.checkGrant(this.coach, this.id, TODAY, 120, null, null)).hasValueSatisfying(check -> {
			assertThat(check.period()).isEqualTo(1);
			assertThat(check.usedAfter()).isEqualTo(820);
			assertThat(check.percentAfter()).isEqualTo(34);
			assertThat(check.crossesGrant()).isFalse();
		});
		assertThat(this.logbook.checkGrant(this.coach, this.id, TODAY, 720, null, null)).isPresent();
		this.logbook.register(this.coach, this.id,
				new Logbook.NewEntry(TimeCategory.INDIRECT, TODAY, 700, "Rapportage", Set.of(), false));
		this.logbook.register(this.coach, this.id,
				new Logbook.NewEntry(TimeCategory.INDIRECT, TODAY, 700, "Rapportage", Set.of(), false));
		assertThat(this.logbook.checkGrant(this.coach, this.id, TODAY, 400, null, null)).hasValueSatisfying(check -> {
			assertThat(check.crossesGrant()).isTrue();
			assertThat(check.billableMinutes()).isEqualTo(300);
			assertThat(check.hoursNotBillable()).isEqualTo("1.67");
		});
		long entry = this.logbook.entries(this.coach, this.id).get(0).id();
		// correcting an entry does not count the entry itself
		assertThat(this.logbook.checkGrant(this.coach, this.id, TODAY, 400, entry, null).orElseThrow().crossesGrant())
			.isFalse();
		assertThat(this.logbook.checkGrant(this.coach, this.id, TODAY, -5, null, null)).isEmpty();
		assertThat(this.logbook.checkGrant(this.coach, this.id, TODAY.minusYears(3), 60, null, null)).isEmpty();
		assertThat(this.fixtures.count("time_entry", this.organisation)).isEqualTo(3);
	}

	@Test
	void aHeldSessionIsCorrectedWithItsTimeAndTheGoalsHistoryAndAStaleCorrectionIsRefused() {
		long session = this.sessions.recordHeld(this.coach, this.id,
				new HeldSession(this.planned.key(), TODAY.minusDays(1), LocalTime.of(10, 0), 60, SessionMode.WORKPLACE,
						Set.of(Attendee.PARTICIPANT), Set.of(), List.of(new HeldSession.Goal(this.goal, "Eerste", 5)),
						List.of(new HeldSession.Note("Tikfout", NoteVisibility.COACH_ONLY, false)), null, List.of(),
						List.of(new HeldSession.Action(Actor.PARTICIPANT, "Rooster bijhouden", TODAY.plusDays(7))),
						false));
		SessionView recorded = this.sessions.session(this.coach, this.id, session);
		int historyBefore = this.plans.page(this.coach, this.id, null).plan().goals().get(0).history().size();

		this.sessions.correct(this.coach, this.id, session, recorded.version(),
				new HeldSession(null, TODAY.minusDays(2), LocalTime.of(9, 30), 90, SessionMode.VIDEO,
						Set.of(Attendee.PARTICIPANT, Attendee.SUPERVISOR), Set.of(AttentionDomain.COMMUNICATION),
						List.of(new HeldSession.Goal(this.goal, "Eerste", 7)),
						List.of(new HeldSession.Note("Zonder tikfout", NoteVisibility.SHARED_WITH_PARTICIPANT, false)),
						"Voor de werkgever", List.of(), List.of(), false));

		SessionView corrected = this.sessions.session(this.coach, this.id, session);
		assertThat(corrected.on()).isEqualTo(TODAY.minusDays(2));
		assertThat(corrected.minutes()).isEqualTo(90);
		assertThat(corrected.mode()).isEqualTo(SessionMode.VIDEO);
		assertThat(corrected.plannedSession()).isEqualTo(this.planned.key());
		assertThat(corrected.notes()).extracting(SessionNote::text).containsExactly("Zonder tikfout");
		assertThat(corrected.correctedAt()).isNotNull();
		assertThat(corrected.version()).isGreaterThan(recorded.version());
		PlanPage.GoalView goal = this.plans.page(this.coach, this.id, null).plan().goals().get(0);
		assertThat(goal.score()).isEqualTo(7);
		assertThat(goal.history()).hasSize(historyBefore + 1);
		assertThat(this.logbook.entries(this.coach, this.id)).singleElement().satisfies(entry -> {
			assertThat(entry.minutes()).isEqualTo(90);
			assertThat(entry.workedOn()).isEqualTo(TODAY.minusDays(2));
			assertThat(entry.sessionId()).isEqualTo(session);
		});
		assertThat(this.sessions.openActions(this.coach, this.id)).hasSize(1);

		// a second correction from the form opened before the first one was saved
		assertThatThrownBy(() -> this.sessions.correct(this.coach, this.id, session, recorded.version(),
				held(null, 30, List.of())))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(this.sessions.session(this.coach, this.id, session).minutes()).isEqualTo(90);
		assertThat(this.logbook.entries(this.coach, this.id).get(0).minutes()).isEqualTo(90);
	}

	@Test
	void aCorrectionWithBadInputOrByAnotherChangesNothing() {
		long session = this.sessions.recordHeld(this.coach, this.id, held(this.planned.key(), 60, List.of()));
		long version = this.sessions.session(this.coach, this.id, session).version();
		assertThatThrownBy(
				() -> this.sessions.correct(this.coach, this.id, session, version, held(null, 800, List.of())))
			.hasMessage("session.minutes.range");
		assertThatThrownBy(() -> this.sessions.correct(this.coach, this.id, session, version,
				new HeldSession(null, TODAY, null, 60, SessionMode.PHONE, Set.of(Attendee.PARTICIPANT), Set.of(),
						List.of(new HeldSession.Goal(UUID.randomUUID(), "Ander doel", 5)), List.of(), null, List.of(),
						List.of(), false)))
			.hasMessage("session.goal.unknown");
		assertThatThrownBy(() -> this.sessions.correct(this.organisation.teamLead().user(), this.id, session, version,
				held(null, 30, List.of())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.sessions.correct(this.organisation.otherCoach().user(), this.id, session, version,
				held(null, 30, List.of())))
			.isInstanceOf(NotFoundException.class);
		TestOrganisation other = this.fixtures.organisation();
		assertThatThrownBy(
				() -> this.sessions.correct(other.coach().user(), this.id, session, version, held(null, 30, List.of())))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.sessions.session(this.coach, this.id, session).minutes()).isEqualTo(60);
		assertThat(this.sessions.session(this.coach, this.id, session).version()).isEqualTo(version);
		assertThat(this.logbook.entries(this.coach, this.id).get(0).minutes()).isEqualTo(60);
	}

	@Test
	void timeOutsideASessionIsCorrectedAndRemovedOnlyFromTheVersionSeen() {
		long entry = this.logbook.register(this.coach, this.id,
				new Logbook.NewEntry(TimeCategory.INDIRECT, TODAY, 45, "Verslag", Set.of(), false));
		long version = this.logbook.entry(this.coach, this.id, entry).version();
		this.logbook.correct(this.coach, this.id, entry, version, new Logbook.NewEntry(TimeCategory.TRAVEL,
				TODAY.minusDays(1), 30, "Reistijd", Set.of(this.goal), false));
		assertThat(this.logbook.entry(this.coach, this.id, entry)).satisfies(corrected -> {
			assertThat(corrected.category()).isEqualTo(TimeCategory.TRAVEL);
			assertThat(corrected.minutes()).isEqualTo(30);
			assertThat(corrected.goals()).containsExactly(this.goal);
			assertThat(corrected.version()).isEqualTo(version + 1);
		});
		assertThatThrownBy(() -> this.logbook.correct(this.coach, this.id, entry, version,
				new Logbook.NewEntry(TimeCategory.TRAVEL, TODAY, 20, "Oud formulier", Set.of(), false)))
			.isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> this.logbook.remove(this.coach, this.id, entry, version))
			.isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> this.logbook.correct(this.coach, this.id, entry, version + 1,
				new Logbook.NewEntry(TimeCategory.TRAVEL, TODAY, 0, "Nul", Set.of(), false)))
			.hasMessage("time.minutes.range");
		assertThatThrownBy(() -> this.logbook.remove(this.organisation.teamLead().user(), this.id, entry, version + 1))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> this.logbook.remove(this.organisation.otherCoach().user(), this.id, entry, version + 1))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.logbook.entry(this.coach, this.id, entry).minutes()).isEqualTo(30);

		this.logbook.remove(this.coach, this.id, entry, version + 1);
		assertThat(this.logbook.entries(this.coach, this.id)).isEmpty();
	}

	@Test
	void theTimeOfASessionIsCorrectedThroughTheSessionOnly() {
		long session = this.sessions.recordHeld(this.coach, this.id, held(this.planned.key(), 60, List.of()));
		Logbook.Entry entry = this.logbook.entries(this.coach, this.id).get(0);
		assertThat(entry.sessionId()).isEqualTo(session);
		assertThatThrownBy(() -> this.logbook.correct(this.coach, this.id, entry.id(), entry.version(),
				new Logbook.NewEntry(TimeCategory.DIRECT, TODAY, 10, null, Set.of(), false)))
			.hasMessage("time.ofSession");
		assertThatThrownBy(() -> this.logbook.remove(this.coach, this.id, entry.id(), entry.version()))
			.hasMessage("time.ofSession");
		assertThat(this.logbook.entries(this.coach, this.id)).singleElement()
			.satisfies(e -> assertThat(e.minutes()).isEqualTo(60));
	}

	@Test
	void aCancelledSessionKeepsWhoAndWhyAndLeavesTheForecast() {
		int before = this.logbook.hours(this.coach, this.id).get(0).minutesForecast();
		UUID upcoming = this.schedules.schedule(this.coach, this.id)
			.sessions()
			.stream()
			.filter(s -> !s.on().isBefore(TODAY))
			.findFirst()
			.orElseThrow()
			.key();
		this.sessions.recordNotHeld(this.coach, this.id, upcoming, SessionStatus.CANCELLED, CancelledBy.EMPLOYER,
				"Inventarisatie in de winkel");
		assertThat(this.sessions.ofTrajectory(this.coach, this.id)).singleElement().satisfies(s -> {
			assertThat(s.status()).isEqualTo(SessionStatus.CANCELLED);
			assertThat(s.cancelledBy()).isEqualTo(CancelledBy.EMPLOYER);
			assertThat(s.reason()).isEqualTo("Inventarisatie in de winkel");
		});
		assertThat(this.logbook.hours(this.coach, this.id).get(0).minutesForecast()).isEqualTo(before - 60);
		assertThatThrownBy(
				() -> this.sessions.recordNotHeld(this.coach, this.id, upcoming, SessionStatus.NO_SHOW, null, null))
			.hasMessage("session.planned.alreadyRecorded");
	}

	@Test
	void aPlannedSessionRecordedByTwoAtOnceIsRefusedTheSecondTime() {
		// what another request committed between this one's check and its save
		this.jdbc
			.sql("""
					insert into coaching_session (organisation_id, trajectory_id, planned_session_key, status, held_on, minutes,
					       recorded_at, by_account)
					values (:o, :t, :k, 'HELD', current_date, 60, now(), 0)
					""")
			.param("o", this.organisation.id())
			.param("t", this.id)
			.param("k", this.planned.key())
			.update();
		assertThatThrownBy(() -> this.sessions.recordHeld(this.coach, this.id, held(this.planned.key(), 60, List.of())))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("session.planned.alreadyRecorded");
		assertThat(this.fixtures.count("time_entry", this.organisation)).isZero();
	}

	private void recordWithNotes() {
		this.sessions.recordHeld(this.coach, this.id, new HeldSession(this.planned.key(), TODAY.minusWeeks(2), null, 60,
				SessionMode.OFFICE, Set.of(Attendee.PARTICIPANT), Set.of(),
				List.of(new HeldSession.Goal(this.goal, "Notitie bij het doel", 5)),
				List.of(new HeldSession.Note("Alleen voor mij", NoteVisibility.COACH_ONLY, true),
						new HeldSession.Note("Voor de deelnemer", NoteVisibility.SHARED_WITH_PARTICIPANT, false),
						new HeldSession.Note("Goede week gehad", NoteVisibility.SHARED_WITH_EMPLOYER, false)),
				"Samenvatting", List.of(), List.of(), false));
	}

	private HeldSession held(UUID planned, int minutes, List<HeldSession.Note> notes) {
		return new HeldSession(planned, TODAY, null, minutes, SessionMode.WORKPLACE, Set.of(Attendee.PARTICIPANT),
				Set.of(), List.of(), notes, null, List.of(), List.of(), false);
	}

	private void assertNothingSaved() {
		assertThat(this.fixtures.count("coaching_session", this.organisation)).isZero();
		assertThat(this.fixtures.count("time_entry", this.organisation)).isZero();
		assertThat(this.fixtures.count("action_item", this.organisation)).isZero();
	}

	private long accessLog() {
		return this.jdbc.sql("select count(*) from access_log where organisation_id = :o and subject = 'SESSION_NOTES'")
			.param("o", this.organisation.id())
			.query(Long.class)
			.single();
	}

}
