package nl.tandem.trajectory;

import jakarta.servlet.http.Cookie;
import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.employer.Employers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TandemTest
class TrajectoryPagesTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	MockMvc mvc;

	@Autowired
	Trajectories trajectories;

	@Autowired
	nl.tandem.plan.Plans plans;

	@Autowired
	Employers employers;

	TrajectoryFixtures make;

	TestOrganisation organisation;

	Cookie coach;

	@BeforeEach
	void signIn() throws Exception {
		this.make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.organisation = this.fixtures.organisation();
		this.coach = this.logins.session(this.organisation.coach());
	}

	@Test
	void aCoachRefersANewParticipantThroughTheForm() throws Exception {
		this.mvc
			.perform(post("/trajectories").cookie(this.coach)
				.with(csrf())
				.param("givenName", "Fenna")
				.param("familyName", "Formulier")
				.param("preferredLanguage", "nl")
				.param("referrerKind", "MUNICIPALITY")
				.param("referredOn", TrajectoryFixtures.TODAY.toString())
				.param("reason", "Wil graag werken in de zorg"))
			.andExpect(redirectedUrlPattern("/trajectories/*"));
		this.mvc.perform(get("/trajectories?q=fenna").cookie(this.coach))
			.andExpect(content().string(containsString("Fenna Formulier")));
	}

	@Test
	void theLanguageSwitchKeepsTheSearch() throws Exception {
		this.mvc.perform(get("/trajectories?q=jan&page=0&lang=nl").cookie(this.coach))
			.andExpect(content().string(containsString("href=\"/trajectories?q=jan&amp;page=0&amp;lang=en\"")))
			.andExpect(content().string(containsString("href=\"/trajectories?q=jan&amp;page=0&amp;lang=nl\"")));
	}

	@Test
	void anIncompleteReferralShowsMessagesAndSavesNothing() throws Exception {
		this.mvc
			.perform(post("/trajectories").cookie(this.coach)
				.with(csrf())
				.param("givenName", "")
				.param("familyName", "")
				.param("referredOn", "")
				.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul de voornaam van de deelnemer in.")))
			.andExpect(content().string(containsString("Kies wie de deelnemer heeft aangemeld.")))
			.andExpect(content().string(containsString("Vul de reden van aanmelding in.")));
		assertThat(this.fixtures.count("trajectory", this.organisation)).isZero();
		assertThat(this.fixtures.count("participant", this.organisation)).isZero();
	}

	@Test
	void pausingWithADateInThePastIsRefusedNextToTheField() throws Exception {
		long id = this.make.active(this.organisation, this.organisation.coach(), "Paula", "Pauze");
		long version = this.make.version(this.organisation.coach().user(), id);
		this.mvc
			.perform(post("/trajectories/" + id + "/pause").cookie(this.coach)
				.with(csrf())
				.param("reason", "Ziek")
				.param("expectedResume", TrajectoryFixtures.TODAY.minusDays(1).toString())
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"expectedResume-error\"")))
			.andExpect(content().string(containsString("De datum van hervatten moet in de toekomst liggen.")));
		assertThat(this.trajectories.details(this.organisation.coach().user(), id).phase()).isEqualTo(Phase.ACTIVE);
	}

	@Test
	void aRefusedStepComesBackWithTheReason() throws Exception {
		long id = this.make.referral(this.organisation.coach(), "Rik", "Reden");
		var coach = this.organisation.coach().user();
		this.trajectories.startIntake(coach, id, this.make.version(coach, id));
		this.trajectories.saveIntake(coach, id, null, TrajectoryServiceTests.intake("x"), true,
				this.make.version(coach, id));
		this.mvc
			.perform(post("/trajectories/" + id + "/activate").cookie(this.coach)
				.with(csrf())
				.param("version", String.valueOf(this.make.version(coach, id))))
			.andExpect(redirectedUrl("/trajectories/" + id))
			.andExpect(flash().attribute("refused", "trajectory.guard.noAgreedPlan"));
		this.mvc
			.perform(
					get("/trajectories/" + id).cookie(this.coach).flashAttr("refused", "trajectory.guard.noAgreedPlan"))
			.andExpect(content()
				.string(containsString("Er is nog geen plan waarmee deelnemer, werkgever en jobcoach akkoord zijn.")));
	}

	@Test
	void everyPageOfATrajectoryOpensForItsCoach() throws Exception {
		long id = this.make.active(this.organisation, this.organisation.coach(), "Olga", "Overal");
		for (String page : new String[] { "", "/intake", "/assessment", "/pause", "/close", "/placement", "/grant",
				"/event" }) {
			this.mvc.perform(get("/trajectories/" + id + page).cookie(this.coach))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Olga Overal")));
		}
		this.mvc.perform(get("/trajectories/" + id).cookie(this.coach))
			.andExpect(content().string(containsString("Begeleiding gestart")))
			.andExpect(content().string(containsString("Bakkerij Test Olga")));
		this.mvc.perform(get("/").cookie(this.coach)).andExpect(content().string(containsString("Olga Overal")));
	}

	@Test
	void anotherCoachGetsNotFoundAndTheAdminNoIntake() throws Exception {
		long id = this.make.active(this.organisation, this.organisation.coach(), "Geheim", "Dossier");
		Cookie other = this.logins.session(this.organisation.otherCoach());
		this.mvc.perform(get("/trajectories/" + id).cookie(other)).andExpect(status().isNotFound());
		this.mvc.perform(get("/trajectories/" + id + "/intake").cookie(other)).andExpect(status().isNotFound());
		Cookie admin = this.logins.session(this.organisation.admin());
		this.mvc.perform(get("/trajectories/" + id).cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Werk behouden"))));
		this.mvc.perform(get("/trajectories/" + id + "/intake").cookie(admin)).andExpect(status().isForbidden());
	}

	@Test
	void thePlacementFormFindsEmployersByName() throws Exception {
		long id = this.make.referral(this.organisation.coach(), "Emiel", "Employer");
		this.make.employer(this.organisation, "Drukkerij Het Anker");
		this.mvc
			.perform(get("/trajectories/" + id + "/placement/options").cookie(this.coach)
				.param("employerQuery", "anker"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Drukkerij Het Anker")));
	}

	@Test
	void theCoachCorrectsTheParticipantsDetailsAndAnotherCoachCannot() throws Exception {
		long id = this.make.referral(this.organisation.coach(), "Corry", "Correctie");
		long participant = this.trajectories.details(this.organisation.coach().user(), id).participantId();
		this.mvc
			.perform(post("/participants/" + participant + "/edit").cookie(this.coach)
				.with(csrf())
				.param("givenName", "Corrie")
				.param("familyName", "Correctie")
				.param("preferredLanguage", "en")
				.param("phone", "06 12345678")
				.param("version", "0"))
			.andExpect(redirectedUrl("/participants/" + participant));
		this.mvc.perform(get("/participants/" + participant).cookie(this.coach))
			.andExpect(content().string(containsString("Corrie Correctie")))
			.andExpect(content().string(containsString("06 12345678")));
		Cookie other = this.logins.session(this.organisation.otherCoach());
		this.mvc.perform(get("/participants/" + participant).cookie(other)).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/participants/" + participant + "/edit").cookie(other)
				.with(csrf())
				.param("givenName", "Overgenomen")
				.param("familyName", "Correctie")
				.param("version", "1"))
			.andExpect(status().isNotFound());
	}

}
