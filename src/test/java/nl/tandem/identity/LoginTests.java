package nl.tandem.identity;

import jakarta.servlet.http.Cookie;
import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.organisation.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TandemTest
class LoginTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Test
	void aCoachLogsInAndSeesTheDutchHomePage() throws Exception {
		TestOrganisation organisation = this.fixtures.organisation();
		Cookie session = this.logins.session(organisation.coach());
		this.mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Welkom, Sanne Coach")));
	}

	@Test
	void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() throws Exception {
		TestOrganisation organisation = this.fixtures.organisation();
		MvcResult wrongPassword = this.logins.attempt(organisation.coach().email(), "wrong password!");
		MvcResult unknown = this.logins.attempt("nobody-" + organisation.id() + "@nowhere.test", "wrong password!");
		assertThat(wrongPassword.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		this.mvc.perform(get("/login?error"))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("Het e-mailadres of het wachtwoord klopt niet.")));
	}

	@Test
	void fiveFailuresInARowThrottleEvenTheRightPassword() throws Exception {
		TestOrganisation organisation = this.fixtures.organisation();
		String email = organisation.otherCoach().email();
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(this.logins.attempt(email, "wrong " + attempt).getResponse().getRedirectedUrl())
				.isEqualTo("/login?error");
		}
		assertThat(this.logins.attempt(email, Fixtures.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/login?throttled");
		this.mvc.perform(get("/login?throttled"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Wacht 15 minuten")));
		assertThat(this.logins.session(organisation.coach()))
			.as("another address of the same organisation is not throttled")
			.isNotNull();
	}

	@Test
	void anUnknownAddressIsThrottledLikeAKnownOne() throws Exception {
		String email = "ghost" + System.nanoTime() + "@nowhere.test";
		for (int attempt = 0; attempt < 5; attempt++) {
			this.logins.attempt(email, "guess " + attempt);
		}
		assertThat(this.logins.attempt(email, "guess 6").getResponse().getRedirectedUrl())
			.isEqualTo("/login?throttled");
	}

	@Test
	void aDeactivatedStaffMemberCannotLogInAndLosesOpenSessions() throws Exception {
		TestOrganisation organisation = this.fixtures.organisation();
		Cookie open = this.logins.session(organisation.coach());
		this.staff.deactivate(organisation.admin().user(), organisation.coach().personId());
		assertThat(
				this.logins.attempt(organisation.coach().email(), Fixtures.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
		this.mvc.perform(get("/").cookie(open)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aResetPasswordMustBeReplacedBeforeAnythingElse() throws Exception {
		TestOrganisation organisation = this.fixtures.organisation();
		String temporary = this.staff.resetPassword(organisation.admin().user(), organisation.coach().personId());
		MvcResult login = this.logins.attempt(organisation.coach().email(), temporary);
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/profile?passwordRequired");
		Cookie session = login.getResponse().getCookie("SESSION");
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/profile?passwordRequired"));
		this.mvc.perform(get("/profile").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void loggingInSpeaksTheAccountsLanguage() throws Exception {
		TestOrganisation organisation = this.fixtures.organisation();
		MvcResult login = this.logins.attempt(organisation.coach().email(), Fixtures.PASSWORD);
		assertThat(login.getResponse().getCookie("tandem-lang").getValue()).isEqualTo("nl");
	}

	@Test
	void theSessionIdChangesAtLogin() throws Exception {
		MvcResult page = this.mvc.perform(get("/login")).andReturn();
		Cookie before = page.getResponse().getCookie("SESSION");
		TestOrganisation organisation = this.fixtures.organisation();
		Cookie after = this.logins.session(organisation.coach());
		assertThat(after.getValue()).isNotEqualTo((before != null) ? before.getValue() : null);
	}

}
