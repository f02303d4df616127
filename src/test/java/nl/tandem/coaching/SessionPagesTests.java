package nl.tandem.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.plan.IntensityProfile;
import nl.tandem.plan.Plans;
import nl.tandem.plan.Schedules;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@TandemTest
class SessionPagesTests {

	static final LocalDate TODAY = TrajectoryFixtures.TODAY;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	Trajectories trajectories;

	@Autowired
	Employers employers;

	@Autowired
	Plans plans;

	@Autowired
	Schedules schedules;

	@Autowired
	Logbook logbook;

	@Autowired
	Sessions sessions;

	TestOrganisation organisation;

	CurrentUser coach;

	Cookie session;

	long id;

	UUID planned;

	UUID goal;

	@BeforeEach
	void activeTrajectory() throws Exception {
		TrajectoryFixtures make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach().user();
		this.session = this.logins.session(this.organisation.coach());
		this.id = make.active(this.organisation, this.organisation.coach(), "Lot", "Logboek");
		this.schedules.generate(this.coach, this.id, -1, IntensityProfile.parse("1@60"), TODAY, TODAY.plusMonths(2));
		this.planned = this.schedules.schedule(this.coach, this.id).sessions().get(0).key();
		this.goal = this.plans.page(this.coach, this.id, null).plan().goals().get(0).key();
	}

	@Test
	void aCoachRecordsAPlannedSessionOnOnePage() throws Exception {
		this.mvc.perform(get("/trajectories/" + this.id).cookie(this.session))
			.andExpect(content().string(containsString("Vast te leggen")))
			.andExpect(content().string(containsString("Uren tegenover de toekenning")));
		this.mvc.perform(get("/trajectories/" + this.id + "/sessions/new?planned=" + this.planned).cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Leren aangeven wanneer het te druk wordt")))
			.andExpect(content().string(containsString("value=\"" + TODAY + "\"")));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/sessions").cookie(this.session)
				.with(csrf())
				.param("planned", this.planned.toString())
				.param("heldOn", TODAY.toString())
				.param("minutes", "45")
				.param("mode", "WORKPLACE")
				.param("attendees", "PARTICIPANT", "SUPERVISOR")
				.param("goals[0].key", this.goal.toString())
				.param("goals[0].worked", "true")
				.param("goals[0].score", "7")
				.param("note", "Moe na de late dienst")
				.param("visibility", "COACH_ONLY")
				.param("sensitive", "true")
				.param("actionActor", "PARTICIPANT")
				.param("actionWhat", "Dagboek bijhouden"))
			.andExpect(redirectedUrl("/trajectories/" + this.id));
		this.mvc.perform(get("/trajectories/" + this.id).cookie(this.session))
			.andExpect(content().string(containsString("Moe na de late dienst")))
			.andExpect(content().string(containsString("Dagboek bijhouden")))
			.andExpect(content().string(containsString("0.75 (")));
		assertThat(this.logbook.entries(this.coach, this.id)).singleElement()
			.satisfies(entry -> assertThat(entry.minutes()).isEqualTo(45));
	}

	@Test
	void theCoachHomeShowsTheWeekOverdueActionsAndHoursUsed() throws Exception {
		this.mvc.perform(get("/").cookie(this.session))
			.andExpect(content().string(containsString("Mijn week")))
			.andExpect(content().string(containsString("Vandaag")))
			.andExpect(content().string(containsString("Lot Logboek")))
			.andExpect(content().string(containsString("0 / 40 uur deze periode")));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/sessions").cookie(this.session)
				.with(csrf())
				.param("planned", this.planned.toString())
				.param("heldOn", TODAY.toString())
				.param("minutes", "90")
				.param("mode", "VIDEO")
				.param("attendees", "PARTICIPANT")
				.param("actionActor", "HR")
				.param("actionWhat", "Contract verlengen")
				.param("actionDue", TODAY.minusDays(1).toString()))
			.andExpect(redirectedUrl("/trajectories/" + this.id));
		this.mvc.perform(get("/").cookie(this.session))
			.andExpect(content().string(containsString("Acties over tijd")))
			.andExpect(content().string(containsString("Contract verlengen")))
			.andExpect(content().string(containsString("1.5 / 40 uur deze periode")));
	}

	@Test
	void theTrajectoryPageTakesAFixedNumberOfStatementsWhateverTheNumberOfSessions() throws Exception {
		recordUnplanned(2);
		nl.tandem.StatementCounter.reset();
		this.mvc.perform(get("/trajectories/" + this.id).cookie(this.session)).andExpect(status().isOk());
		int few = nl.tandem.StatementCounter.count();
		recordUnplanned(12);
		nl.tandem.StatementCounter.reset();
		this.mvc.perform(get("/trajectories/" + this.id).cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gesprekken (14)")));
		// the same queries; at most the session store's write of the request may differ
		assertThat(nl.tandem.StatementCounter.count()).isBetween(few - 1, few + 1);
	}

	private void recordUnplanned(int sessions) {
		for (int i = 0; i < sessions; i++) {
			this.sessions.recordHeld(this.coach, this.id,
					new HeldSession(null, TODAY.minusDays(i % 5), null, 30, SessionMode.PHONE,
							java.util.Set.of(Attendee.PARTICIPANT), java.util.Set.of(),
							java.util.List.of(new HeldSession.Goal(this.goal, "Stap " + i, i % 11)),
							java.util.List.of(new HeldSession.Note("Notitie " + i, NoteVisibility.COACH_ONLY, false)),
							null, java.util.List.of(), java.util.List.of(), true));
		}
	}

	@Test
	void anAbsurdDurationIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
		this.mvc
			.perform(post("/trajectories/" + this.id + "/sessions").cookie(this.session)
				.with(csrf())
				.param("heldOn", TODAY.toString())
				.param("minutes", "9000")
				.param("mode", "PHONE")
				.param("attendees", "PARTICIPANT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"minutes-error\"")))
			.andExpect(content().string(containsString("Een gesprek duurt 5 minuten tot 12 uur.")));
		assertThat(this.fixtures.count("coaching_session", this.organisation)).isZero();
	}

	@Test
	void timeBeyondTheGrantAsksForConfirmation() throws Exception {
		this.logbook.register(this.coach, this.id,
				new Logbook.NewEntry(TimeCategory.INDIRECT, TODAY, 720, null, java.util.Set.of(), false));
		this.logbook.register(this.coach, this.id,
				new Logbook.NewEntry(TimeCategory.INDIRECT, TODAY, 720, null, java.util.Set.of(), false));
		this.logbook.register(this.coach, this.id,
				new Logbook.NewEntry(TimeCategory.INDIRECT, TODAY, 720, null, java.util.Set.of(), false));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/time").cookie(this.session)
				.with(csrf())
				.param("category", "TRAVEL")
				.param("workedOn", TODAY.toString())
				.param("minutes", "300"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"overGrantConfirmed-error\"")))
			.andExpect(content().string(containsString("over de toekenning heen")));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/time").cookie(this.session)
				.with(csrf())
				.param("category", "TRAVEL")
				.param("workedOn", TODAY.toString())
				.param("minutes", "300")
				.param("overGrantConfirmed", "true"))
			.andExpect(redirectedUrl("/trajectories/" + this.id));
		// 2,400 minutes granted, 2,160 used: 240 of the 300 are billable
		assertThat(this.logbook.hours(this.coach, this.id).get(0).minutesNotBillable()).isEqualTo(60);
	}

	@Test
	void theFormAsksTheGrantWhileTheCoachTypes() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.logbook.register(this.coach, this.id,
					new Logbook.NewEntry(TimeCategory.INDIRECT, TODAY, 720, null, java.util.Set.of(), false));
		}
		// 2,160 of 2,400 minutes used; the new form proposes 30 minutes
		this.mvc.perform(get("/trajectories/" + this.id + "/time/new").cookie(this.session))
			.andExpect(content().string(containsString("id=\"grant-check\"")))
			.andExpect(content()
				.string(containsString("hx-get=\"/trajectories/" + this.id + "/time/grant?field=workedOn\"")))
			.andExpect(content().string(containsString("Na opslaan: 36.5 van 40 uur van periode 1 (91%).")));
		this.mvc
			.perform(get("/trajectories/" + this.id + "/time/grant").cookie(this.session)
				.header("HX-Request", "true")
				.param("field", "heldOn")
				.param("heldOn", TODAY.toString())
				.param("minutes", "200"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("Na opslaan: 39.33 van 40 uur van periode 1 (98%).")))
			.andExpect(content().string(not(containsString("name=\"overGrantConfirmed\""))));
		this.mvc
			.perform(get("/trajectories/" + this.id + "/time/grant").cookie(this.session)
				.header("HX-Request", "true")
				.param("field", "workedOn")
				.param("workedOn", TODAY.toString())
				.param("minutes", "600"))
			.andExpect(content().string(containsString("6 uur valt buiten de toekenning")))
			.andExpect(content().string(containsString("name=\"overGrantConfirmed\"")));
		this.mvc
			.perform(get("/trajectories/" + this.id + "/time/grant").cookie(this.session)
				.param("workedOn", TODAY.toString())
				.param("minutes", "veel"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Na opslaan"))));
		this.mvc
			.perform(get("/trajectories/" + this.id + "/time/grant")
				.cookie(this.logins.session(this.organisation.otherCoach()))
				.param("workedOn", TODAY.toString())
				.param("minutes", "60"))
			.andExpect(status().isNotFound());
		assertThat(this.fixtures.count("time_entry", this.organisation)).isEqualTo(3);
	}

	@Test
	void aRecordedSessionIsCorrectedOnTheSameFormAndAStaleFormIsRefused() throws Exception {
		this.mvc
			.perform(post("/trajectories/" + this.id + "/sessions").cookie(this.session)
				.with(csrf())
				.param("planned", this.planned.toString())
				.param("heldOn", TODAY.toString())
				.param("minutes", "45")
				.param("mode", "WORKPLACE")
				.param("attendees", "PARTICIPANT")
				.param("goals[0].key", this.goal.toString())
				.param("goals[0].worked", "true")
				.param("goals[0].score", "4")
				.param("note", "Eerste versie")
				.param("whatHappened", "Te laat gebeld")
				.param("whatLearned", "Wekker zetten"))
			.andExpect(redirectedUrl("/trajectories/" + this.id));
		SessionView recorded = this.sessions.ofTrajectory(this.coach, this.id).get(0);
		this.mvc.perform(get("/trajectories/" + this.id + "/sessions/" + recorded.id() + "/edit").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gesprek corrigeren")))
			.andExpect(content().string(containsString("Eerste versie")))
			.andExpect(content().string(containsString("Wekker zetten")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + recorded.version() + "\"")))
			.andExpect(content().string(not(containsString("id=\"actionWhat\""))));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/sessions/" + recorded.id()).cookie(this.session)
				.with(csrf())
				.param("version", String.valueOf(recorded.version()))
				.param("heldOn", TODAY.toString())
				.param("minutes", "50")
				.param("mode", "OFFICE")
				.param("attendees", "PARTICIPANT")
				.param("goals[0].key", this.goal.toString())
				.param("goals[0].worked", "true")
				.param("goals[0].score", "5")
				.param("note", "Tweede versie"))
			.andExpect(redirectedUrl("/trajectories/" + this.id + "/sessions"));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/sessions/" + recorded.id()).cookie(this.session)
				.with(csrf())
				.param("version", String.valueOf(recorded.version()))
				.param("heldOn", TODAY.toString())
				.param("minutes", "30")
				.param("mode", "PHONE")
				.param("attendees", "PARTICIPANT")
				.param("note", "Verouderde versie"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd")));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/sessions/" + recorded.id()).cookie(this.session)
				.with(csrf())
				.param("heldOn", TODAY.toString())
				.param("minutes", "30")
				.param("mode", "PHONE")
				.param("attendees", "PARTICIPANT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd")));
		this.mvc.perform(get("/trajectories/" + this.id + "/sessions").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tweede versie")))
			.andExpect(content().string(not(containsString("Verouderde versie"))))
			.andExpect(content().string(containsString("Gecorrigeerd op")))
			.andExpect(content().string(containsString("/sessions/" + recorded.id() + "/edit")));
		assertThat(this.logbook.entries(this.coach, this.id)).singleElement()
			.satisfies(entry -> assertThat(entry.minutes()).isEqualTo(50));
		Cookie lead = this.logins.session(this.organisation.teamLead());
		this.mvc.perform(get("/trajectories/" + this.id + "/sessions").cookie(lead))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tweede versie")))
			.andExpect(content().string(not(containsString("/edit"))));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/sessions/" + recorded.id()).cookie(lead)
				.with(csrf())
				.param("version", "1")
				.param("heldOn", TODAY.toString())
				.param("minutes", "30")
				.param("mode", "PHONE")
				.param("attendees", "PARTICIPANT"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/trajectories/" + this.id + "/sessions/" + recorded.id() + "/edit")
				.cookie(this.logins.session(this.organisation.otherCoach())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/trajectories/" + this.id + "/sessions/999999/edit").cookie(this.session))
			.andExpect(status().isNotFound());
	}

	@Test
	void timeIsCorrectedAndRemovedFromTheLogbookPage() throws Exception {
		long entry = this.logbook.register(this.coach, this.id,
				new Logbook.NewEntry(TimeCategory.INDIRECT, TODAY, 40, "Verslag maken", java.util.Set.of(), false));
		this.mvc.perform(get("/trajectories/" + this.id + "/time").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Verslag maken")))
			.andExpect(content().string(containsString("/time/" + entry + "/edit")));
		this.mvc.perform(get("/trajectories/" + this.id + "/time/" + entry + "/edit").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tijd corrigeren")))
			.andExpect(content().string(containsString("Verslag maken")));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/time/" + entry).cookie(this.session)
				.with(csrf())
				.param("version", "0")
				.param("category", "TRAVEL")
				.param("workedOn", TODAY.toString())
				.param("minutes", "-3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"minutes-error\"")));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/time/" + entry).cookie(this.session)
				.with(csrf())
				.param("version", "0")
				.param("category", "TRAVEL")
				.param("workedOn", TODAY.toString())
				.param("minutes", "25")
				.param("description", "Reis naar de werkplek"))
			.andExpect(redirectedUrl("/trajectories/" + this.id + "/time"));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/time/" + entry + "/remove").cookie(this.session)
				.with(csrf())
				.param("version", "0"))
			.andExpect(redirectedUrl("/trajectories/" + this.id + "/time"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("refused", "edit.conflict"));
		assertThat(this.logbook.entry(this.coach, this.id, entry).minutes()).isEqualTo(25);
		this.mvc
			.perform(post("/trajectories/" + this.id + "/time/" + entry + "/remove").cookie(this.session)
				.with(csrf())
				.param("version", "1"))
			.andExpect(redirectedUrl("/trajectories/" + this.id + "/time"));
		assertThat(this.logbook.entries(this.coach, this.id)).isEmpty();
	}

	@Test
	void allSessionsArePagedWithAFixedNumberOfStatements() throws Exception {
		recordUnplanned(3);
		nl.tandem.StatementCounter.reset();
		this.mvc.perform(get("/trajectories/" + this.id + "/sessions").cookie(this.session)).andExpect(status().isOk());
		int few = nl.tandem.StatementCounter.count();
		recordUnplanned(27);
		nl.tandem.StatementCounter.reset();
		String first = this.mvc.perform(get("/trajectories/" + this.id + "/sessions").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pagina 1 van 2 (30 in totaal)")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(nl.tandem.StatementCounter.count()).isBetween(few - 1, few + 1);
		assertThat(first.split("class=\"card session-card\"", -1)).hasSize(26);
		String second = this.mvc.perform(get("/trajectories/" + this.id + "/sessions?page=1").cookie(this.session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second.split("class=\"card session-card\"", -1)).hasSize(6);
		this.mvc.perform(get("/trajectories/" + this.id + "/sessions?page=99").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pagina 2 van 2")));
	}

	@Test
	void theLogbookExportHasTheHoursAndNoNotes() throws Exception {
		this.mvc
			.perform(post("/trajectories/" + this.id + "/sessions").cookie(this.session)
				.with(csrf())
				.param("heldOn", TODAY.toString())
				.param("minutes", "60")
				.param("mode", "OFFICE")
				.param("attendees", "PARTICIPANT")
				.param("goals[0].key", this.goal.toString())
				.param("goals[0].worked", "true")
				.param("note", "Geheime notitie"))
			.andExpect(redirectedUrl("/trajectories/" + this.id));
		this.logbook.register(this.coach, this.id,
				new Logbook.NewEntry(TimeCategory.INDIRECT, TODAY, 20, "=HYPERLINK(\"x\")", java.util.Set.of(), false));
		this.mvc.perform(get("/trajectories/" + this.id + "/logbook.csv").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(content()
				.string(containsString(TODAY + ";60;60;DIRECT;\"Leren aangeven wanneer het te druk wordt\"")))
			.andExpect(content().string(containsString("\"'=HYPERLINK(\"\"x\"\")\"")))
			.andExpect(content().string(not(containsString("Geheime notitie"))));
	}

	@Test
	void onlyTheCoachRecordsAndOthersCannotReadTheLogbook() throws Exception {
		Cookie lead = this.logins.session(this.organisation.teamLead());
		this.mvc
			.perform(post("/trajectories/" + this.id + "/time").cookie(lead)
				.with(csrf())
				.param("category", "TRAVEL")
				.param("workedOn", TODAY.toString())
				.param("minutes", "30"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/trajectories/" + this.id + "/logbook.csv").cookie(lead)).andExpect(status().isOk());
		this.mvc
			.perform(get("/trajectories/" + this.id + "/logbook.csv")
				.cookie(this.logins.session(this.organisation.otherCoach())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/trajectories/" + this.id + "/logbook.csv")
				.cookie(this.logins.session(this.fixtures.organisation().coach())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/trajectories/" + this.id + "/logbook.csv")
				.cookie(this.logins.session(this.organisation.admin())))
			.andExpect(status().isForbidden());
	}

}
