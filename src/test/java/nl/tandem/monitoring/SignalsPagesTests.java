package nl.tandem.monitoring;

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

import java.time.LocalDate;

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

@TandemTest
class SignalsPagesTests {

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
	Zones zones;

	TestOrganisation organisation;

	TrajectoryFixtures make;

	Cookie coach;

	long id;

	@BeforeEach
	void anOrangeZone() throws Exception {
		this.make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.organisation = this.fixtures.organisation();
		this.coach = this.logins.session(this.organisation.coach());
		this.id = this.make.active(this.organisation, this.organisation.coach(), "Olga", "Oranje");
		this.zones.record(this.organisation.coach().user(), this.id, Zone.ORANGE, TODAY, null);
	}

	@Test
	void theCoachAndTheTeamLeadSeeTheSignalOnTheirHomePageAndAcknowledgeIt() throws Exception {
		this.mvc.perform(get("/").cookie(this.coach))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Signalen")))
			.andExpect(content().string(containsString("Oranje zone")))
			.andExpect(content().string(containsString("href=\"/trajectories/" + this.id + "/warning\"")));
		Cookie lead = this.logins.session(this.organisation.teamLead());
		this.mvc.perform(get("/").cookie(lead))
			.andExpect(content().string(containsString("Oranje zone")))
			.andExpect(content().string(containsString("Olga Oranje")));
		this.mvc.perform(get("/").cookie(this.logins.session(this.organisation.admin())))
			.andExpect(content().string(not(containsString("Oranje zone"))));

		this.mvc
			.perform(post("/signals/acknowledge").cookie(lead)
				.with(csrf())
				.param("trajectory", String.valueOf(this.id))
				.param("kind", "ZONE_ORANGE")
				.param("subject", "ORANGE@" + TODAY)
				.param("note", "")
				.param("back", "/signals"))
			.andExpect(redirectedUrl("/signals"))
			.andExpect(flash().attribute("refused", "signal.note.required"));
		this.mvc
			.perform(post("/signals/acknowledge").cookie(lead)
				.with(csrf())
				.param("trajectory", String.valueOf(this.id))
				.param("kind", "ZONE_ORANGE")
				.param("subject", "ORANGE@" + TODAY)
				.param("note", "Samen besproken")
				.param("back", "https://elders.example"))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("saved", "signal.acknowledged"));
		this.mvc.perform(get("/").cookie(this.coach)).andExpect(content().string(not(containsString("Oranje zone"))));
		this.mvc.perform(get("/signals").cookie(this.coach))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Samen besproken"))));
		this.mvc.perform(get("/signals").param("acknowledged", "true").cookie(this.coach))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Afgehandeld door")))
			.andExpect(content().string(containsString("Samen besproken")));
		this.mvc
			.perform(post("/signals/acknowledge").cookie(this.logins.session(this.fixtures.organisation().coach()))
				.with(csrf())
				.param("trajectory", String.valueOf(this.id))
				.param("kind", "ZONE_ORANGE")
				.param("subject", "ORANGE@" + TODAY)
				.param("note", "Raden"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theHomePageTakesAFixedNumberOfStatementsWhateverTheSignals() throws Exception {
		nl.tandem.StatementCounter.reset();
		this.mvc.perform(get("/").cookie(this.coach)).andExpect(status().isOk());
		int one = nl.tandem.StatementCounter.count();
		for (int i = 0; i < 5; i++) {
			long other = this.make.active(this.organisation, this.organisation.coach(), "Rik" + i, "Rood");
			this.zones.record(this.organisation.coach().user(), other, Zone.RED, TODAY, null);
		}
		nl.tandem.StatementCounter.reset();
		this.mvc.perform(get("/").cookie(this.coach))
			.andExpect(content().string(containsString("Rode zone")))
			.andExpect(content().string(containsString("Alle signalen")));
		assertThat(nl.tandem.StatementCounter.count()).isBetween(one - 1, one + 1);
	}

	@Test
	void theSignalsPageShowsOneKindAndAPageAtATime() throws Exception {
		for (int i = 0; i < 60; i++) {
			long other = this.make.active(this.organisation, this.organisation.coach(), "Rik" + i, "Rood");
			this.zones.record(this.organisation.coach().user(), other, Zone.RED, TODAY, null);
		}
		String first = this.mvc.perform(get("/signals").param("kind", "ZONE_RED").cookie(this.coach))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rode zone (60)")))
			.andExpect(content().string(containsString("Oranje zone (1)")))
			.andExpect(content().string(not(containsString("Olga Oranje"))))
			.andExpect(content().string(containsString("kind=ZONE_RED&amp;acknowledged=false&amp;page=1")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first.split("class=\"signal\"", -1)).as("50 a page").hasSize(50 + 1);
		String second = this.mvc
			.perform(get("/signals").param("kind", "ZONE_RED").param("page", "1").cookie(this.coach))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rel=\"prev\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second.split("class=\"signal\"", -1)).as("the other 10").hasSize(10 + 1);
		this.mvc.perform(get("/signals").param("kind", "ZONE_ORANGE").param("page", "7").cookie(this.coach))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Olga Oranje")));
		this.mvc.perform(get("/signals").param("kind", "NO_SUCH_KIND").cookie(this.coach))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theCoachRecordsTheParticipantsViewOnTheTrajectoryPage() throws Exception {
		this.mvc.perform(get("/trajectories/" + this.id).cookie(this.coach))
			.andExpect(content().string(containsString("Klaar voor de afbouw?")))
			.andExpect(content().string(containsString("nog niet gevraagd")));
		this.mvc.perform(
				post("/trajectories/" + this.id + "/readiness/view").cookie(this.coach).with(csrf()).param("view", ""))
			.andExpect(flash().attribute("refused", "readiness.view.required"));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/readiness/view").cookie(this.coach)
				.with(csrf())
				.param("view", "NOT_YET")
				.param("remark", "Eerst de zomer door"))
			.andExpect(redirectedUrl("/trajectories/" + this.id + "#readiness"));
		this.mvc.perform(get("/trajectories/" + this.id).cookie(this.coach))
			.andExpect(content().string(containsString("nog niet (")));
		this.mvc.perform(get("/trajectories/" + this.id).cookie(this.logins.session(this.organisation.teamLead())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Klaar voor de afbouw?"))));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/readiness/view")
				.cookie(this.logins.session(this.organisation.teamLead()))
				.with(csrf())
				.param("view", "READY"))
			.andExpect(flash().attributeCount(0))
			.andExpect(status().isForbidden());
	}

}
