package nl.tandem.identity;

import java.time.Instant;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import nl.tandem.Fixtures;
import nl.tandem.Fixtures.Member;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.identity.internal.Totp;
import nl.tandem.organisation.Staff;
import nl.tandem.organisation.StaffDetails;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Staff with two-step sign-in for tests: a privacy officer, setting up the second factor
 * through the service, and signing in through both steps as a browser would.
 */
public record TwoFactorFixtures(Staff staff, JdbcClient jdbc, TwoFactor twoFactor) {

	public Member privacyOfficer(TestOrganisation organisation) {
		String email = "privacy@"
				+ organisation.admin().email().substring(organisation.admin().email().indexOf('@') + 1);
		long person = this.staff.hire(organisation.id(),
				new StaffDetails("Esther", null, "Privacy", email, null, null, Set.of(Role.PRIVACY_OFFICER), "nl"),
				Fixtures.PASSWORD);
		long account = this.jdbc.sql("select id from account where email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
		return new Member(
				new CurrentUser(account, organisation.id(), person, "Esther Privacy", Set.of(Role.PRIVACY_OFFICER)),
				email);
	}

	/**
	 * Sets up two-step sign-in for the member with a code of the current time step.
	 * @return the secret, to compute further codes with {@link #code(String, int)}
	 */
	public String enrol(Member member) {
		String secret = this.twoFactor.enrolment(member.user(), member.email()).secret();
		this.twoFactor.confirm(member.user(), code(secret, 0));
		return secret;
	}

	/**
	 * The code of the time step {@code offset} steps from now; a code is accepted one
	 * step either side, and each step once.
	 */
	public static String code(String secret, int offset) {
		return Totp.code(secret, Totp.step(Instant.now()) + offset);
	}

	/**
	 * A code that is none of those accepted now.
	 */
	public static String wrongCode(String secret) {
		return TwoFactorTests.wrong(secret);
	}

	/**
	 * Signs in with the password and then the code, and hands back the session cookie.
	 */
	public static Cookie session(MockMvc mvc, Member member, String code) throws Exception {
		MvcResult password = mvc
			.perform(formLogin("/login").userParameter("email").user(member.email()).password(Fixtures.PASSWORD))
			.andReturn();
		assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/login/code");
		Cookie session = password.getResponse().getCookie("SESSION");
		MvcResult second = mvc.perform(post("/login/code").cookie(session).with(csrf()).param("code", code))
			.andReturn();
		assertThat(second.getResponse().getRedirectedUrl()).as("second step of " + member.email()).isEqualTo("/");
		Cookie renewed = second.getResponse().getCookie("SESSION");
		return (renewed != null) ? renewed : session;
	}

}
