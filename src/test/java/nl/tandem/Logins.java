package nl.tandem;

import jakarta.servlet.http.Cookie;

import org.springframework.boot.test.context.TestComponent;
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

	Logins(MockMvc mvc) {
		this.mvc = mvc;
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

	public Cookie session(Fixtures.Member member) throws Exception {
		return session(member.email(), Fixtures.PASSWORD);
	}

}
