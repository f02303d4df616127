package nl.tandem.identity;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TandemTest
class ProfileTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void aUserChangesTheirPasswordAndLogsInWithTheNewOne() throws Exception {
		TestOrganisation organisation = this.fixtures.organisation();
		Cookie session = this.logins.session(organisation.coach());
		this.mvc
			.perform(post("/profile/password").cookie(session)
				.with(csrf())
				.param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", "a brand new passphrase")
				.param("confirmation", "a brand new passphrase"))
			.andExpect(redirectedUrl("/profile"));
		assertThat(this.logins.session(organisation.coach().email(), "a brand new passphrase")).isNotNull();
		assertThat(
				this.logins.attempt(organisation.coach().email(), Fixtures.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
	}

	@Test
	void aWrongCurrentPasswordIsShownNextToItsFieldAndChangesNothing() throws Exception {
		TestOrganisation organisation = this.fixtures.organisation();
		Cookie session = this.logins.session(organisation.coach());
		this.mvc
			.perform(post("/profile/password").cookie(session)
				.with(csrf())
				.param("currentPassword", "not my password")
				.param("newPassword", "a brand new passphrase")
				.param("confirmation", "a brand new passphrase"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"currentPassword-error\"")))
			.andExpect(content().string(containsString("Dit is niet je huidige wachtwoord.")));
		assertThat(this.logins.session(organisation.coach())).isNotNull();
	}

	@Test
	void aShortOrMismatchedNewPasswordIsRefused() throws Exception {
		TestOrganisation organisation = this.fixtures.organisation();
		Cookie session = this.logins.session(organisation.coach());
		this.mvc
			.perform(post("/profile/password").cookie(session)
				.with(csrf())
				.param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", "short")
				.param("confirmation", "short"))
			.andExpect(content().string(containsString("12 tot 128 tekens")));
		this.mvc
			.perform(post("/profile/password").cookie(session)
				.with(csrf())
				.param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", "a brand new passphrase")
				.param("confirmation", "another passphrase!"))
			.andExpect(content().string(containsString("De twee wachtwoorden zijn niet gelijk.")));
		assertThat(this.logins.session(organisation.coach())).isNotNull();
	}

	@Test
	void aUserChoosesEnglishAndTandemRemembersIt() throws Exception {
		TestOrganisation organisation = this.fixtures.organisation();
		Cookie session = this.logins.session(organisation.coach());
		this.mvc.perform(post("/profile/language").cookie(session).with(csrf()).param("language", "en"))
			.andExpect(redirectedUrl("/profile"))
			.andExpect(cookie().value("tandem-lang", "en"));
		assertThat(this.accounts.languageOf(organisation.coach().user())).isEqualTo("en");
		assertThat(this.logins.attempt(organisation.coach().email(), Fixtures.PASSWORD)
			.getResponse()
			.getCookie("tandem-lang")
			.getValue()).isEqualTo("en");
	}

	@Test
	void anUnknownLanguageIsRefused() throws Exception {
		TestOrganisation organisation = this.fixtures.organisation();
		Cookie session = this.logins.session(organisation.coach());
		this.mvc.perform(post("/profile/language").cookie(session).with(csrf()).param("language", "xx"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies Nederlands of Engels.")));
		assertThat(this.accounts.languageOf(organisation.coach().user())).isEqualTo("nl");
	}

}
