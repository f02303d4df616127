package nl.tandem.identity;

import jakarta.servlet.http.Cookie;
import nl.tandem.Fixtures;
import nl.tandem.Fixtures.Member;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.organisation.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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

@TandemTest
class SecondFactorPagesTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TwoFactor twoFactor;

	TestOrganisation organisation;

	TwoFactorFixtures make;

	@BeforeEach
	void organisation() {
		this.organisation = this.fixtures.organisation();
		this.make = new TwoFactorFixtures(this.staff, this.jdbc, this.twoFactor);
	}

	@Test
	void aPrivacyOfficerIsKeptOnTheSetUpPageUntilTwoFactorIsOn() throws Exception {
		Member officer = this.make.privacyOfficer(this.organisation);
		MvcResult login = this.logins.attempt(officer.email(), Fixtures.PASSWORD);
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/profile/two-factor?required");
		Cookie session = login.getResponse().getCookie("SESSION");
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/profile/two-factor?required"));

		String secret = this.twoFactor.enrolment(officer.user(), officer.email()).secret();
		this.mvc.perform(get("/profile/two-factor?required").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is inloggen in twee stappen verplicht")))
			.andExpect(content().string(containsString(secret.substring(0, 4) + " " + secret.substring(4, 8))))
			.andExpect(content().string(containsString("otpauth://totp/Tandem")));
		this.mvc
			.perform(post("/profile/two-factor/confirm").cookie(session)
				.with(csrf())
				.param("code", TwoFactorTests.wrong(secret)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"code-error\"")))
			.andExpect(content().string(containsString("Deze code klopt niet.")));
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/profile/two-factor?required"));

		this.mvc
			.perform(post("/profile/two-factor/confirm").cookie(session)
				.with(csrf())
				.param("code", TwoFactorFixtures.code(secret, 0)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Je herstelcodes")))
			.andExpect(content().string(containsString("Inloggen in twee stappen staat aan.")));
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void withTwoFactorOnTheCodeComesBeforeAnyPage() throws Exception {
		Member coach = this.organisation.coach();
		String secret = this.make.enrol(coach);
		MvcResult login = this.logins.attempt(coach.email(), Fixtures.PASSWORD);
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/login/code");
		Cookie session = login.getResponse().getCookie("SESSION");
		for (String page : new String[] { "/", "/trajectories", "/profile", "/profile/two-factor" }) {
			this.mvc.perform(get(page).cookie(session)).andExpect(redirectedUrl("/login/code"));
		}
		this.mvc.perform(get("/login/code").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Code invullen")));
		this.mvc.perform(post("/login/code").cookie(session).with(csrf()).param("code", TwoFactorTests.wrong(secret)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Deze code klopt niet.")));
		MvcResult second = this.mvc
			.perform(post("/login/code").cookie(session).with(csrf()).param("code", TwoFactorFixtures.code(secret, 1)))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie signedIn = second.getResponse().getCookie("SESSION");
		assertThat(signedIn).as("the session id changes after the second step").isNotNull();
		assertThat(signedIn.getValue()).isNotEqualTo(session.getValue());
		this.mvc.perform(get("/").cookie(signedIn))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Welkom, Sanne Coach")));
	}

	@Test
	void aRecoveryCodeSignsInOnce() throws Exception {
		Member coach = this.organisation.coach();
		this.make.enrol(coach);
		String recovery = this.twoFactor.newRecoveryCodes(coach.user()).get(3);
		assertThat(TwoFactorFixtures.session(this.mvc, coach, recovery)).isNotNull();
		Cookie again = this.logins.attempt(coach.email(), Fixtures.PASSWORD).getResponse().getCookie("SESSION");
		this.mvc.perform(post("/login/code").cookie(again).with(csrf()).param("code", recovery))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Deze code klopt niet.")));
	}

	@Test
	void fiveWrongCodesThrottleTheSecondStep() throws Exception {
		Member coach = this.organisation.coach();
		String secret = this.make.enrol(coach);
		Cookie session = this.logins.attempt(coach.email(), Fixtures.PASSWORD).getResponse().getCookie("SESSION");
		for (int attempt = 0; attempt < 5; attempt++) {
			this.mvc
				.perform(post("/login/code").cookie(session).with(csrf()).param("code", TwoFactorTests.wrong(secret)))
				.andExpect(content().string(containsString("Deze code klopt niet.")));
		}
		this.mvc
			.perform(post("/login/code").cookie(session).with(csrf()).param("code", TwoFactorFixtures.code(secret, 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Te veel onjuiste codes. Wacht 15 minuten")));
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login/code"));
	}

	@Test
	void withoutAPendingSignInTheCodePageSendsToTheLogin() throws Exception {
		this.mvc.perform(get("/login/code")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/login/code").with(csrf()).param("code", "123456"))
			.andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void anAdministratorClearsTheTwoStepSignInOfAStaffMemberWhoLostTheirPhone() throws Exception {
		Member coach = this.organisation.coach();
		this.make.enrol(coach);
		Cookie stranger = this.logins.session(this.fixtures.organisation().admin());
		this.mvc.perform(post("/admin/staff/" + coach.personId() + "/two-factor").cookie(stranger).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.twoFactor.atSignIn(coach.user().accountId(), this.organisation.id(), coach.user().roles()))
			.as("another organisation's administrator changed nothing")
			.isEqualTo(SecondFactor.CODE);
		Cookie admin = this.logins.session(this.organisation.admin());
		this.mvc.perform(get("/admin/staff/" + coach.personId()).cookie(admin))
			.andExpect(content().string(containsString("Inloggen in twee stappen opnieuw laten instellen")));
		this.mvc.perform(post("/admin/staff/" + coach.personId() + "/two-factor").cookie(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/staff/" + coach.personId()))
			.andExpect(flash().attribute("saved", "twofactor.reset.done"));
		assertThat(this.logins.session(coach)).as("signs in with the password alone again").isNotNull();
	}

	@Test
	void anAdministratorRequiresTwoFactorOfAllStaff() throws Exception {
		Cookie admin = this.logins.session(this.organisation.admin());
		this.mvc.perform(get("/admin/organisation").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Verplicht voor alle medewerkers")))
			.andExpect(content().string(not(containsString("checked"))));
		this.mvc
			.perform(post("/admin/organisation/two-factor").cookie(admin)
				.with(csrf())
				.param("required", "true")
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/organisation"))
			.andExpect(flash().attribute("saved", "twofactor.policy.saved"));
		this.mvc
			.perform(post("/admin/organisation/two-factor").cookie(admin)
				.with(csrf())
				.param("required", "false")
				.param("version", "0"))
			.andExpect(flash().attribute("refused", "edit.conflict"));
		this.mvc.perform(get("/admin/organisation").cookie(admin))
			.andExpect(content().string(containsString("checked")));
		assertThat(this.logins.attempt(this.organisation.coach().email(), Fixtures.PASSWORD)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/profile/two-factor?required");

		Cookie lead = this.logins.attempt(this.organisation.teamLead().email(), Fixtures.PASSWORD)
			.getResponse()
			.getCookie("SESSION");
		this.mvc
			.perform(post("/admin/organisation/two-factor").cookie(lead)
				.with(csrf())
				.param("required", "false")
				.param("version", "1"))
			.andExpect(status().isForbidden());
	}

}
