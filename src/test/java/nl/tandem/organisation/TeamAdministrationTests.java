package nl.tandem.organisation;

import jakarta.servlet.http.Cookie;
import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TandemTest
class TeamAdministrationTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Test
	void anAdminFormsAndRenamesATeam() throws Exception {
		TestOrganisation organisation = this.fixtures.organisation();
		Cookie session = this.logins.session(organisation.admin());
		this.mvc.perform(post("/admin/teams").cookie(session).with(csrf()).param("name", "Team Oost"))
			.andExpect(redirectedUrl("/admin/teams"));
		TeamView oost = this.organisations.teams(organisation.id())
			.stream()
			.filter(team -> team.name().equals("Team Oost"))
			.findFirst()
			.orElseThrow();
		this.mvc
			.perform(post("/admin/teams/" + oost.id()).cookie(session)
				.with(csrf())
				.param("name", "Team Oost-Brabant")
				.param("version", String.valueOf(oost.version())))
			.andExpect(redirectedUrl("/admin/teams"));
		assertThat(this.organisations.teams(organisation.id())).extracting(TeamView::name)
			.containsExactly("Team Oost-Brabant", "Team Test");
	}

	@Test
	void aTeamNameIsRequiredAndUniqueWithinTheOrganisation() throws Exception {
		TestOrganisation organisation = this.fixtures.organisation();
		Cookie session = this.logins.session(organisation.admin());
		this.mvc.perform(post("/admin/teams").cookie(session).with(csrf()).param("name", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul een naam in voor het team.")));
		this.mvc.perform(post("/admin/teams").cookie(session).with(csrf()).param("name", "team test"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Er is al een team met deze naam.")));
		assertThat(this.organisations.teams(organisation.id())).hasSize(1);
		TestOrganisation other = this.fixtures.organisation();
		assertThat(this.organisations.teams(other.id())).extracting(TeamView::name).containsExactly("Team Test");
	}

	@Test
	void renamingWithAStaleVersionIsRefused() throws Exception {
		TestOrganisation organisation = this.fixtures.organisation();
		Cookie session = this.logins.session(organisation.admin());
		long team = organisation.teamId();
		long version = this.organisations.teams(organisation.id()).get(0).version();
		this.mvc
			.perform(post("/admin/teams/" + team).cookie(session)
				.with(csrf())
				.param("name", "Eerste naam")
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/admin/teams"));
		this.mvc
			.perform(post("/admin/teams/" + team).cookie(session)
				.with(csrf())
				.param("name", "Tweede naam")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd.")));
		assertThat(this.organisations.teams(organisation.id()).get(0).name()).isEqualTo("Eerste naam");
	}

}
