package nl.tandem.platform;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.Member;
import nl.tandem.TestEndpoints;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user sees when something is wrong, through a real server: friendly pages in the
 * user's language, never a stack trace or an exception message.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ Fixtures.class, TestEndpoints.class })
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Test
	void aFailureShowsAFriendlyPageWithoutDetails() throws Exception {
		HttpClient browser = loggedIn(this.fixtures.organisation().coach());
		HttpResponse<String> page = browser.send(request("/test/failure"), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(500);
		assertThat(page.body()).contains("Er ging iets mis")
			.doesNotContain("hunter2")
			.doesNotContain("IllegalStateException")
			.doesNotContain("at nl.tandem");
	}

	@Test
	void anUnknownPageIsAFriendlyNotFound() throws Exception {
		HttpClient browser = loggedIn(this.fixtures.organisation().coach());
		HttpResponse<String> page = browser.send(request("/no/such/page"), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Niet gevonden").contains("Naar de startpagina");
	}

	@Test
	void aCoachOnAnAdministrationPageSeesTheFriendlyNoAccessPage() throws Exception {
		HttpClient browser = loggedIn(this.fixtures.organisation().coach());
		HttpResponse<String> page = browser.send(request("/admin/staff?lang=en"), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("No access").doesNotContain("Forbidden");
	}

	private HttpClient loggedIn(Member member) throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String login = browser.send(request("/login"), HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(token.find()).isTrue();
		String form = "email=" + member.email() + "&password=" + Fixtures.PASSWORD.replace(" ", "+") + "&_csrf="
				+ token.group(1);
		HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/"));
		return browser;
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
