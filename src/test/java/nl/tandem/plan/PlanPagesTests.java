package nl.tandem.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.StatementCounter;
import nl.tandem.TandemTest;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@TandemTest
class PlanPagesTests {

	static final java.time.LocalDate TODAY = TrajectoryFixtures.TODAY;

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

	TrajectoryFixtures make;

	TestOrganisation organisation;

	CurrentUser coach;

	Cookie session;

	long id;

	@BeforeEach
	void trajectoryInPlanning() throws Exception {
		this.make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach().user();
		this.session = this.logins.session(this.organisation.coach());
		this.id = this.make.planning(this.organisation, this.organisation.coach(), "Pim", "Pagina");
	}

	@Test
	void aCoachStartsAPlanAndAddsAGoalThroughTheForms() throws Exception {
		this.mvc.perform(get("/trajectories/" + this.id).cookie(this.session))
			.andExpect(content().string(containsString("Nog geen plan")));
		this.mvc.perform(post("/trajectories/" + this.id + "/plan/start").cookie(this.session).with(csrf()))
			.andExpect(redirectedUrl("/trajectories/" + this.id + "/plan"));
		this.mvc.perform(get("/trajectories/" + this.id + "/plan").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Versie 1 · Concept")))
			.andExpect(content().string(containsString("vaktechnische taken")));
		this.mvc.perform(get("/trajectories/" + this.id + "/plan/1/goals/new").cookie(this.session))
			.andExpect(content().string(containsString("leren vacatures te vinden die bij mij passen")));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/plan/1/goals").cookie(this.session)
				.with(csrf())
				.param("area", "WORK")
				.param("kind", "LEARNING")
				.param("description", "Leren vragen om uitleg")
				.param("version", "0"))
			.andExpect(redirectedUrl("/trajectories/" + this.id + "/plan"))
			.andExpect(flash().attribute("saved", "plan.saved.goal"));
		this.mvc.perform(get("/trajectories/" + this.id + "/plan").cookie(this.session))
			.andExpect(content().string(containsString("Leren vragen om uitleg")))
			.andExpect(content().string(containsString("Leerdoel")));
	}

	@Test
	void aGoalWithoutDescriptionIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
		this.plans.startDraft(this.coach, this.id);
		this.mvc
			.perform(post("/trajectories/" + this.id + "/plan/1/goals").cookie(this.session)
				.with(csrf())
				.param("area", "WORK")
				.param("kind", "PERFORMANCE")
				.param("description", " ")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"description-error\"")))
			.andExpect(content().string(containsString("Beschrijf het doel.")));
		assertThat(this.plans.page(this.coach, this.id, null).plan().goals()).isEmpty();
	}

	@Test
	void anEndBeforeTheStartIsRefusedNextToTheEnd() throws Exception {
		this.plans.startDraft(this.coach, this.id);
		this.mvc
			.perform(post("/trajectories/" + this.id + "/plan/1/basics").cookie(this.session)
				.with(csrf())
				.param("startsOn", TODAY.toString())
				.param("endsOn", TODAY.minusDays(3).toString())
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"endsOn-error\"")))
			.andExpect(content().string(containsString("Het einde ligt voor de start.")));
	}

	@Test
	void aStaleFormIsRefusedWithAClearMessage() throws Exception {
		this.plans.startDraft(this.coach, this.id);
		this.plans.addGoal(this.coach, this.id, 1, 0,
				new Goal.Content(GoalArea.WORK, GoalKind.LEARNING, "Eerst", null, null, null));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/plan/1/goals").cookie(this.session)
				.with(csrf())
				.param("area", "WORK")
				.param("kind", "LEARNING")
				.param("description", "Later")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd.")));
		assertThat(this.plans.page(this.coach, this.id, null).plan().goals()).hasSize(1);
	}

	@Test
	void proposingWithoutGoalsComesBackWithTheReason() throws Exception {
		this.plans.startDraft(this.coach, this.id);
		this.mvc
			.perform(post("/trajectories/" + this.id + "/plan/1/propose").cookie(this.session)
				.with(csrf())
				.param("version", "0"))
			.andExpect(redirectedUrl("/trajectories/" + this.id + "/plan"))
			.andExpect(flash().attribute("refused", "plan.guard.noGoals"));
	}

	@Test
	void theThirdSignOffAgreesThePlan() throws Exception {
		this.plans.startDraft(this.coach, this.id);
		this.plans.describe(this.coach, this.id, 1, 0, TODAY, TODAY.plusMonths(6), null, null, null);
		this.plans.addGoal(this.coach, this.id, 1, 1,
				new Goal.Content(GoalArea.WORK, GoalKind.LEARNING, "Doel", null, null, null));
		this.plans.propose(this.coach, this.id, 1, 2);
		this.plans.signOff(this.coach, this.id, 1, 3, Party.PARTICIPANT, TODAY, SignOffMethod.IN_PERSON);
		this.plans.signOff(this.coach, this.id, 1, 4, Party.EMPLOYER, TODAY, SignOffMethod.EMAIL);
		this.mvc
			.perform(post("/trajectories/" + this.id + "/plan/1/sign-off").cookie(this.session)
				.with(csrf())
				.param("party", "COACH")
				.param("agreedOn", TODAY.plusDays(2).toString())
				.param("how", "IN_PERSON")
				.param("version", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"agreedOn-error\"")));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/plan/1/sign-off").cookie(this.session)
				.with(csrf())
				.param("party", "COACH")
				.param("agreedOn", TODAY.toString())
				.param("how", "IN_PERSON")
				.param("version", "5"))
			.andExpect(flash().attribute("saved", "plan.saved.agreed"));
		this.mvc.perform(get("/trajectories/" + this.id + "/plan").cookie(this.session))
			.andExpect(content().string(containsString("Versie 1 · Akkoord")))
			.andExpect(content().string(not(containsString("Voorleggen aan deelnemer"))));
	}

	@Test
	void theSchedulePreviewShowsTheHoursAgainstTheGrantBeforeSaving() throws Exception {
		this.mvc
			.perform(post("/trajectories/" + this.id + "/schedule/preview").cookie(this.session)
				.with(csrf())
				.header("HX-Request", "true")
				.param("preset", "CUSTOM")
				.param("profile", "1@240")
				.param("startsOn", TODAY.toString())
				.param("endsOn", TODAY.plusMonths(6).toString())
				.param("version", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Zo ziet de planning eruit")))
			.andExpect(content().string(containsString("Meer uren gepland dan toegekend in periode 1.")))
			.andExpect(content().string(not(containsString("<html"))));
		assertThat(this.schedules.schedule(this.coach, this.id).exists()).isFalse();

		this.mvc
			.perform(post("/trajectories/" + this.id + "/schedule").cookie(this.session)
				.with(csrf())
				.param("preset", "CUSTOM")
				.param("profile", "2x4@60 1@60")
				.param("startsOn", TODAY.toString())
				.param("endsOn", TODAY.plusMonths(6).toString())
				.param("version", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"profile-error\"")))
			.andExpect(content().string(containsString("niet korter worden")));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/schedule").cookie(this.session)
				.with(csrf())
				.param("preset", "STANDARD")
				.param("startsOn", TODAY.toString())
				.param("endsOn", TODAY.plusMonths(6).toString())
				.param("version", "-1"))
			.andExpect(redirectedUrl("/trajectories/" + this.id + "/schedule"));
		this.mvc.perform(get("/trajectories/" + this.id + "/schedule").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Opnieuw plannen")))
			.andExpect(content().string(containsString("hours-chart")));
	}

	@Test
	void otherPeopleCannotOpenThePlan() throws Exception {
		this.make.agreePlan(this.coach, this.id);
		Cookie other = this.logins.session(this.organisation.otherCoach());
		Cookie admin = this.logins.session(this.organisation.admin());
		this.mvc.perform(get("/trajectories/" + this.id + "/plan").cookie(other)).andExpect(status().isNotFound());
		this.mvc.perform(get("/trajectories/" + this.id + "/schedule").cookie(other)).andExpect(status().isNotFound());
		this.mvc.perform(get("/trajectories/" + this.id + "/plan").cookie(admin)).andExpect(status().isForbidden());
		this.mvc.perform(get("/trajectories/" + this.id).cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Naar het plan"))));
		TestOrganisation elsewhere = this.fixtures.organisation();
		this.mvc.perform(get("/trajectories/" + this.id + "/plan").cookie(this.logins.session(elsewhere.coach())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/trajectories/" + this.id + "/plan/start").cookie(this.logins.session(elsewhere.coach()))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePlanPageIssuesAFixedNumberOfStatements() throws Exception {
		this.make.agreePlan(this.coach, this.id);
		this.schedules.generate(this.coach, this.id, -1, IntensityProfile.Preset.STANDARD.profile(), TODAY,
				TODAY.plusMonths(6));
		StatementCounter.reset();
		this.mvc.perform(get("/trajectories/" + this.id + "/plan").cookie(this.session)).andExpect(status().isOk());
		int small = StatementCounter.count();
		this.plans.startDraft(this.coach, this.id);
		for (int i = 0; i < 5; i++) {
			this.plans.addGoal(this.coach, this.id, 2, this.plans.page(this.coach, this.id, null).plan().version(),
					new Goal.Content(GoalArea.PERSONAL, GoalKind.PERFORMANCE, "Doel " + i, null, null, null));
		}
		this.schedules.generate(this.coach, this.id, this.schedules.schedule(this.coach, this.id).version(),
				IntensityProfile.Preset.INTENSIVE.profile(), TODAY, TODAY.plusMonths(12));
		StatementCounter.reset();
		this.mvc.perform(get("/trajectories/" + this.id + "/plan").cookie(this.session)).andExpect(status().isOk());
		assertThat(StatementCounter.count()).as("statements for a bigger plan").isLessThanOrEqualTo(small + 1);
	}

}
