package tandem.perf;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Coaches of the national-scale data set record sessions as fast as the server takes them:
 * each virtual user signs in as a different coach, opens the session form of one of the
 * coach's active trajectories once (for the CSRF token and the plan's first goal), and then
 * posts held sessions in a loop (a note, work on the goal with a score; beyond the grant
 * confirmed), each one a session, a goal-progress record and a time entry. A write counts
 * when the server redirects to the trajectory page.
 * <p>
 * {@code ./mvnw -f perf/pom.xml gatling:test -Dsimulation=tandem.perf.SessionWritesSimulation}
 */
public class SessionWritesSimulation extends Simulation {

	static final String BASE_URL = System.getProperty("base.url", "http://localhost:8080");

	static final int USERS = Integer.getInteger("users", 10);

	static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("duration", 60));

	static final int ORGANISATIONS = Integer.getInteger("organisations", 50);

	static final int COACHES = Integer.getInteger("coaches", 100);

	static final String PASSWORD = System.getProperty("password", "tandem-demo");

	private volatile long deadline = Long.MAX_VALUE;

	HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.disableFollowRedirect()
		.acceptHeader("text/html")
		.acceptLanguageHeader("nl-NL,nl;q=0.9")
		.userAgentHeader("Tandem load test (Gatling)");

	ChainBuilder signIn = exec(http("login form").get("/login")
		.check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
		.exec(http("login").post("/login")
			.formParam("email", "#{email}")
			.formParam("password", PASSWORD)
			.formParam("_csrf", "#{csrf}")
			.check(status().is(302)))
		.exec(http("pick a trajectory").get("/trajectories?phase=ACTIVE")
			.check(status().is(200), css("td a[href^='/trajectories/']", "href").findRandom().saveAs("trajectory")))
		.exec(http("session form").get("#{trajectory}/sessions/new")
			.check(status().is(200), css("form[action$='/sessions'] input[name='_csrf']", "value").saveAs("csrf"),
					css("input[name='goals[0].key']", "value").saveAs("goal")))
		.exitHereIfFailed();

	ChainBuilder record = exec(http("record a held session").post("#{trajectory}/sessions")
		.formParam("_csrf", "#{csrf}")
		.formParam("heldOn", LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString())
		.formParam("minutes", "30")
		.formParam("mode", "PHONE")
		.formParam("attendees", "PARTICIPANT")
		.formParam("goals[0].key", "#{goal}")
		.formParam("goals[0].worked", "true")
		.formParam("goals[0].score", "6")
		.formParam("note", "Kort telefonisch contact; het gaat goed.")
		.formParam("visibility", "COACH_ONLY")
		.formParam("overGrantConfirmed", "true")
		.check(status().is(302), header("Location").transform(location -> !location.contains("/sessions")).is(true)));

	ScenarioBuilder coaches = scenario("coaches recording sessions").doIf(session -> running())
		.then(feed(new Coaches()).exec(this.signIn).exec(asLongAs(session -> running()).on(this.record)));

	{
		setUp(this.coaches.injectClosed(constantConcurrentUsers(USERS).during(DURATION))).protocols(this.protocol)
			.assertions(global().failedRequests().percent().lt(1.0))
			.maxDuration(DURATION.plusSeconds(60));
	}

	@Override
	public void before() {
		System.out.printf("Tandem session writes: %s, %d concurrent coaches for %d s%n", BASE_URL, USERS,
				DURATION.toSeconds());
		this.deadline = System.nanoTime() + DURATION.toNanos();
	}

	private boolean running() {
		return System.nanoTime() < this.deadline;
	}

	/**
	 * Every next virtual user is the next coach of a shuffled, fixed order.
	 */
	static final class Coaches implements Iterator<Map<String, Object>> {

		private final List<String> emails = new ArrayList<>();

		private int next;

		Coaches() {
			for (int organisation = 1; organisation <= ORGANISATIONS; organisation++) {
				for (int k = 1; k <= COACHES; k++) {
					this.emails.add("coach" + k + "@schaal" + organisation + ".example");
				}
			}
			Collections.shuffle(this.emails, new Random(Long.getLong("seed", 7)));
		}

		@Override
		public boolean hasNext() {
			return true;
		}

		@Override
		public synchronized Map<String, Object> next() {
			return Map.of("email", this.emails.get(this.next++ % this.emails.size()));
		}

	}

}
