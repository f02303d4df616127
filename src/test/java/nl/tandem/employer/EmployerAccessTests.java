package nl.tandem.employer;

import java.util.Set;

import jakarta.servlet.http.Cookie;
import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.TwoFactor;
import nl.tandem.identity.TwoFactorFixtures;
import nl.tandem.identity.Role;
import nl.tandem.organisation.Staff;
import nl.tandem.organisation.StaffDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Employers are shared by the coaches, team leads and administrators of an organisation;
 * a privacy officer and the portal users have no business with them.
 */
@TandemTest
class EmployerAccessTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	MockMvc mvc;

	@Autowired
	TwoFactor twoFactor;

	@Autowired
	Employers employers;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	TestOrganisation organisation;

	long employer;

	long contact;

	@BeforeEach
	void anEmployerWithAContact() {
		this.organisation = this.fixtures.organisation();
		this.employer = this.employers.register(this.organisation.coach().user(), EmployerFixtures.bakery());
		this.contact = this.employers.addContact(this.organisation.coach().user(), this.employer,
				EmployerFixtures.supervisor());
	}

	@Test
	void coachesTeamLeadsAndAdministratorsWorkWithEveryEmployerOfTheOrganisation() throws Exception {
		for (Fixtures.Member member : new Fixtures.Member[] { this.organisation.coach(), this.organisation.otherCoach(),
				this.organisation.teamLead(), this.organisation.admin() }) {
			Cookie session = this.logins.session(member);
			this.mvc.perform(get("/employers").cookie(session)).andExpect(status().isOk());
			this.mvc.perform(get("/employers/" + this.employer).cookie(session)).andExpect(status().isOk());
			assertThat(this.employers.find(member.user(), this.employer).contacts()).hasSize(1);
		}
		this.employers.describeContact(this.organisation.admin().user(), this.employer, this.contact, 0,
				EmployerFixtures.buddy());
		assertThat(this.employers.contact(this.organisation.id(), this.contact).orElseThrow().role())
			.isEqualTo(ContactRole.COLLEAGUE_BUDDY);
	}

	@Test
	void aPrivacyOfficerHasNoAccessToEmployers() throws Exception {
		Fixtures.Member privacyOfficer = privacyOfficer();
		String secret = new TwoFactorFixtures(this.staff, this.jdbc, this.twoFactor).enrol(privacyOfficer);
		Cookie session = TwoFactorFixtures.session(this.mvc, privacyOfficer, TwoFactorFixtures.code(secret, 1));
		this.mvc.perform(get("/employers").cookie(session).accept("text/html")).andExpect(status().isForbidden());
		this.mvc.perform(get("/employers/" + this.employer).cookie(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/employers/new").cookie(session)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/employers/" + this.employer + "/contacts/" + this.contact + "/deactivate").cookie(session)
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().isForbidden());
		assertThat(this.employers.contact(this.organisation.id(), this.contact).orElseThrow().active()).isTrue();
		assertThatThrownBy(() -> this.employers.search(privacyOfficer.user(), "", 0))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.employers.find(privacyOfficer.user(), this.employer))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void portalUsersCannotUseTheEmployerService() {
		for (Role role : new Role[] { Role.PARTICIPANT, Role.EMPLOYER_CONTACT }) {
			CurrentUser portalUser = new CurrentUser(-1, this.organisation.id(), null, "Portaal", Set.of(role));
			assertThatThrownBy(() -> this.employers.find(portalUser, this.employer))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.employers.register(portalUser, EmployerFixtures.bakery("Nep", null)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.employers.deactivateContact(portalUser, this.employer, this.contact, 0))
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	@Test
	void signingInIsNeededForTheEmployerPages() throws Exception {
		this.mvc.perform(get("/employers")).andExpect(status().is3xxRedirection());
	}

	private Fixtures.Member privacyOfficer() {
		String email = "privacy" + this.organisation.id() + "@employers.test";
		long person = this.staff.hire(this.organisation.id(),
				new StaffDetails("Esther", null, "Privacy", email, null, null, Set.of(Role.PRIVACY_OFFICER), "nl"),
				Fixtures.PASSWORD);
		long account = this.jdbc.sql("select id from account where email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
		return new Fixtures.Member(new CurrentUser(account, this.organisation.id(), person, "Esther Privacy",
				Set.of(Role.PRIVACY_OFFICER)), email);
	}

}
