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
		assertThat(this.logbook.hours(this.coach, this.id).get(0).minutesNotBillable()).isEqualTo(300);
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
				.string(containsString(TODAY + ";60;DIRECT;yes;\"Leren aangeven wanneer het te druk wordt\"")))
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
