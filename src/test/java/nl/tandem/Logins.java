package nl.tandem;

import nl.tandem.identity.Role;
import nl.tandem.identity.TwoFactor;
import nl.tandem.identity.TwoFactorFixtures;

import jakarta.servlet.http.Cookie;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Signs in through the real login form and hands back the session cookie, so that tests
 * act exactly as a browser would (sessions live in the database).
 */
@TestComponent
public class Logins {

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final TwoFactor twoFactor;

	Logins(MockMvc mvc, JdbcClient jdbc, TwoFactor twoFactor) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.twoFactor = twoFactor;
	}

	public MvcResult attempt(String email, String password) throws Exception {
		return this.mvc.perform(formLogin("/login").userParameter("email").user(email).password(password)).andReturn();
	}

	public Cookie session(String email, String password) throws Exception {
		MvcResult result = attempt(email, password);
		assertThat(result.getResponse().getRedirectedUrl()).as("login of " + email).isEqualTo("/");
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	/**
	 * Signs the member in; a privacy officer, who must use two-step sign-in, is set up
	 * for it on the first sign-in and then signs in with a code as well.
	 */
	public Cookie session(Fixtures.Member member) throws Exception {
		if (!member.user().has(Role.PRIVACY_OFFICER)) {
			return session(member.email(), Fixtures.PASSWORD);
		}
		String secret = this.jdbc
			.sql("select secret from two_factor where account_id = :account and confirmed_at is not null")
			.param("account", member.user().accountId())
			.query(String.class)
			.optional()
			.orElse(null);
		if (secret == null) {
			secret = this.twoFactor.enrolment(member.user(), member.email()).secret();
			this.twoFactor.confirm(member.user(), TwoFactorFixtures.code(secret, 0));
		}
		// a code counts once per time step; a test signs in more often than once in 30
		// seconds
		this.jdbc.sql("update two_factor set last_step = 0 where account_id = :account")
			.param("account", member.user().accountId())
			.update();
		return TwoFactorFixtures.session(this.mvc, member, TwoFactorFixtures.code(secret, 0));
	}

}
