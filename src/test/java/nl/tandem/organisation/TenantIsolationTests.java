package nl.tandem.organisation;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.platform.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A user of one organisation asking for any record of another gets "not found", never
 * "forbidden", and changes nothing.
 */
@TandemTest
class TenantIsolationTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	Organisations organisations;

	TestOrganisation mine;

	TestOrganisation theirs;

	Cookie admin;

	@BeforeEach
	void twoOrganisations() throws Exception {
		this.mine = this.fixtures.organisation();
		this.theirs = this.fixtures.organisation();
		this.admin = this.logins.session(this.mine.admin());
	}

	@Test
	void anotherOrganisationsStaffMemberIsNotFound() throws Exception {
		long stranger = this.theirs.coach().personId();
		this.mvc.perform(get("/admin/staff/" + stranger).cookie(this.admin))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Niet gevonden")))
			.andExpect(content().string(not(containsString(this.theirs.coach().email()))));
		assertThatThrownBy(() -> this.staff.profile(this.mine.admin().user(), stranger))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void anotherOrganisationsTeamIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/teams/" + this.theirs.teamId()).cookie(this.admin))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/teams/" + this.theirs.teamId()).cookie(this.admin)
				.with(csrf())
				.param("name", "Overgenomen")
				.param("version", "0"))
			.andExpect(status().isNotFound());
		assertThat(this.organisations.teams(this.theirs.id())).extracting(TeamView::name).containsExactly("Team Test");
	}

	@Test
	void changesToAnotherOrganisationsStaffAreNotFoundAndChangeNothing() throws Exception {
		long stranger = this.theirs.coach().personId();
		for (String action : new String[] { "/deactivate", "/reactivate", "/password" }) {
			this.mvc.perform(post("/admin/staff/" + stranger + action).cookie(this.admin).with(csrf()))
				.andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post("/admin/staff/" + stranger + "/certificates").cookie(this.admin)
				.with(csrf())
				.param("name", "Vals")
				.param("validUntil", LocalDate.now().plusYears(1).toString())
				.param("version", "0"))
			.andExpect(status().isNotFound());
		StaffProfile untouched = this.staff.profile(this.theirs.admin().user(), stranger);
		assertThat(untouched.active()).isTrue();
		assertThat(untouched.mustChangePassword()).isFalse();
		assertThat(untouched.certificates()).isEmpty();
		assertThat(this.logins.session(this.theirs.coach())).isNotNull();
	}

	@Test
	void aTeamOfAnotherOrganisationCannotBeAssigned() throws Exception {
		long coach = this.mine.coach().personId();
		long version = this.staff.profile(this.mine.admin().user(), coach).version();
		this.mvc
			.perform(post("/admin/staff/" + coach).cookie(this.admin)
				.with(csrf())
				.param("givenName", "Sanne")
				.param("familyName", "Coach")
				.param("email", this.mine.coach().email())
				.param("teamId", String.valueOf(this.theirs.teamId()))
				.param("roles", "COACH")
				.param("language", "nl")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies een team uit de lijst.")));
		assertThat(this.staff.profile(this.mine.admin().user(), coach).teamId()).isEqualTo(this.mine.teamId());
	}

	@Test
	void listsShowOnlyTheOwnOrganisation() {
		assertThat(this.staff.list(this.mine.admin().user(), "", 0).rows()).extracting(StaffRow::email)
			.doesNotContain(this.theirs.coach().email())
			.contains(this.mine.coach().email());
		assertThat(this.staff.certificateWarnings(this.mine.admin().user())).isEmpty();
	}

}
