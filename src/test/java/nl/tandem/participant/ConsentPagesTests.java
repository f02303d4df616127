package nl.tandem.participant;

import jakarta.servlet.http.Cookie;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.employer.Employers;
import nl.tandem.plan.Plans;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TandemTest
class ConsentPagesTests {

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
	Consents consents;

	TestOrganisation organisation;

	Cookie coach;

	long id;

	@BeforeEach
	void aTrajectory() throws Exception {
		this.organisation = this.fixtures.organisation();
		this.coach = this.logins.session(this.organisation.coach());
		this.id = new TrajectoryFixtures(this.trajectories, this.employers, this.plans)
			.referral(this.organisation.coach(), "Fleur", "Formulier");
	}

	@Test
	void theCoachRecordsAConsentAndIsToldWhatIsMissing() throws Exception {
		this.mvc
			.perform(post("/trajectories/" + this.id + "/consents").param("on", TrajectoryFixtures.TODAY.toString())
				.param("how", "IN_PERSON")
				.with(csrf())
				.cookie(this.coach))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies waarvoor de toestemming geldt.")));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/consents").param("category", "RESEARCH")
				.param("on", TrajectoryFixtures.TODAY.plusDays(3).toString())
				.param("how", "IN_PERSON")
				.with(csrf())
				.cookie(this.coach))
			.andExpect(content().string(containsString("Vul een datum in die niet in de toekomst ligt.")));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/consents").param("category", "RESEARCH")
				.param("on", TrajectoryFixtures.TODAY.toString())
				.param("how", "EMAIL")
				.with(csrf())
				.cookie(this.coach))
			.andExpect(redirectedUrl("/trajectories/" + this.id + "/consents"));
		long participant = this.trajectories.details(this.organisation.coach().user(), this.id).participantId();
		assertThat(this.consents.shares(this.organisation.id(), participant, ConsentCategory.RESEARCH)).isTrue();
		this.mvc.perform(get("/trajectories/" + this.id).cookie(this.coach))
			.andExpect(content().string(containsString("Gebruik van geanonimiseerde gegevens voor onderzoek: ja")));
	}

	@Test
	void onlyThoseWhoWorkOnTheTrajectoryReachTheConsents() throws Exception {
		this.mvc.perform(get("/trajectories/" + this.id + "/consents").cookie(this.coach)).andExpect(status().isOk());
		this.mvc
			.perform(get("/trajectories/" + this.id + "/consents")
				.cookie(this.logins.session(this.organisation.admin())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/trajectories/" + this.id + "/consents")
				.cookie(this.logins.session(this.organisation.otherCoach())))
			.andExpect(status().isNotFound());
		TestOrganisation elsewhere = this.fixtures.organisation();
		this.mvc.perform(get("/trajectories/" + this.id + "/consents").cookie(this.logins.session(elsewhere.coach())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/trajectories/" + this.id + "/consents").param("category", "RESEARCH")
				.param("on", TrajectoryFixtures.TODAY.toString())
				.param("how", "EMAIL")
				.with(csrf())
				.cookie(this.logins.session(elsewhere.coach())))
			.andExpect(status().isNotFound());
	}

}
