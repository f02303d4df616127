package tandem.perf;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The reports on the national-scale data set ({@code --tandem.demo.scale=100000}), one
 * scenario at a time ({@code -Dscenario=}):
 * <ul>
 * <li>{@code dashboard}: administrators of the organisations load the figures
 * ({@code /reports/analytics}, the last year) and its CSV in a loop, {@code -Dusers}
 * concurrently for {@code -Dduration} seconds;</li>
 * <li>{@code pdf}: coaches generate the progress report of the first grant period of one
 * of their active trajectories (form, then the POST that checks the texts, renders the
 * PDF and stores it as a version), and download it, in a loop;</li>
 * <li>{@code export}: the administrator of each of {@code -Dorganisations} organisations in
 * turn (one at a time) prepares a research export of the organisation and downloads the
 * streamed CSV; together they export every trajectory of the data set.</li>
 * </ul>
 * Only failures are asserted; times are reported. See docs/performance.md.
 */
public class ReportsSimulation extends Simulation {

	static final String BASE_URL = System.getProperty("base.url", "http://localhost:8080");

	static final String SCENARIO = System.getProperty("scenario", "dashboard");

	static final int USERS = Integer.getInteger("users", 1);

	static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("duration", 60));

	static final int ORGANISATIONS = Integer.getInteger("organisations", 50);

	static final int COACHES = Integer.getInteger("coaches", 100);

	static final String PASSWORD = System.getProperty("password", "tandem-demo");

	private volatile long deadline = Long.MAX_VALUE;

	HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.disableFollowRedirect()
		.acceptLanguageHeader("nl-NL,nl;q=0.9,en;q=0.8")
		.acceptEncodingHeader("gzip, deflate")
		.userAgentHeader("Tandem load test (Gatling)");

	ChainBuilder signIn = exec(http("login form").get("/login")
		.check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
		.exec(http("login").post("/login")
			.formParam("email", "#{email}")
			.formParam("password", PASSWORD)
			.formParam("_csrf", "#{csrf}")
			.check(status().is(302)))
		.exitHereIfFailed();

	ChainBuilder dashboard = exec(http("analytics dashboard").get("/reports/analytics")
		.check(status().is(200), css("#hours-heading").exists()))
		.exec(http("analytics csv").get("/reports/analytics.csv").check(status().is(200)));

	ChainBuilder pickTrajectory = exec(http("pick a trajectory").get("/trajectories?phase=ACTIVE")
		.check(status().is(200), css("td a[href^='/trajectories/']", "href").findRandom().saveAs("trajectory")))
		.exitHereIfFailed();

	ChainBuilder progressReport = exec(http("progress report form").get("#{trajectory}/reports/progress/1")
		.check(status().is(200), css("form.form input[name='_csrf']", "value").saveAs("csrf")))
		.exec(http("progress report pdf (generate)").post("#{trajectory}/reports/progress/1")
			.formParam("_csrf", "#{csrf}")
			.formParam("texts[wentWell]", "Zelfstandig de ochtendronde gedaan.")
			.formParam("texts[attention]", "Het tempo in de drukke weken.")
			.formParam("texts[nextPeriod]", "Vaker zelf om hulp vragen.")
			.check(status().is(302)))
		.exec(http("reports list").get("#{trajectory}/reports")
			.check(status().is(200), css("a[href$='.pdf']", "href").saveAs("pdf")))
		.exec(http("progress report pdf (stored)").get("#{pdf}")
			.check(status().is(200), header("Content-Type").is("application/pdf")));

	ChainBuilder export = exec(http("research export page").get("/reports/research-export")
		.check(status().is(200), css("form.form input[name='_csrf']", "value").saveAs("csrf")))
		.exec(http("research export prepare").post("/reports/research-export")
			.formParam("_csrf", "#{csrf}")
			.check(status().is(302), header("Location").saveAs("export")))
		.exec(http("research export csv (streamed)").get("#{export}.csv")
			.check(status().is(200), bodyString().transform(body -> body.lines().count() - 1).saveAs("rows")))
		.exec(session -> {
			System.out.printf("export %s: %s rows%n", session.getString("email"), session.getString("rows"));
			return session;
		});

	{
		ScenarioBuilder scenario = switch (SCENARIO) {
			case "dashboard" -> looping("dashboard", "admin", this.dashboard, null);
			case "pdf" -> looping("progress pdf", "coach", this.progressReport, this.pickTrajectory);
			case "export" -> scenario("research export").repeat(ORGANISATIONS)
				.on(feed(logins("admin", false)).exec(flushCookieJar()).exec(this.signIn, this.export));
			default -> throw new IllegalArgumentException("-Dscenario=dashboard|pdf|export");
		};
		setUp(SCENARIO.equals("export") ? scenario.injectOpen(atOnceUsers(1))
				: scenario.injectClosed(constantConcurrentUsers(USERS).during(DURATION)))
			.protocols(this.protocol)
			.assertions(global().failedRequests().percent().lt(1.0))
			.maxDuration(SCENARIO.equals("export") ? Duration.ofMinutes(60) : DURATION.plusSeconds(60));
	}

	private ScenarioBuilder looping(String name, String who, ChainBuilder work, ChainBuilder once) {
		ChainBuilder start = (once != null) ? exec(this.signIn, once) : this.signIn;
		return scenario(name).doIf(session -> running())
			.then(feed(logins(who, who.equals("coach"))).exec(start).exec(asLongAs(session -> running()).on(work)));
	}

	@Override
	public void before() {
		System.out.printf("Tandem reports: %s, scenario %s, %d users for %d s, %d organisations%n", BASE_URL, SCENARIO,
				USERS, DURATION.toSeconds(), ORGANISATIONS);
		this.deadline = System.nanoTime() + DURATION.toNanos();
	}

	private boolean running() {
		return System.nanoTime() < this.deadline;
	}

	/**
	 * {@code adminN@...} or {@code coachK@schaalN.example}: organisations in order, and for
	 * coaches the next coach of the next organisation.
	 */
	private static Iterator<Map<String, Object>> logins(String prefix, boolean numbered) {
		AtomicInteger next = new AtomicInteger();
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				return true;
			}

			@Override
			public Map<String, Object> next() {
				int n = next.getAndIncrement();
				int organisation = 1 + n % ORGANISATIONS;
				String email = prefix + (numbered ? String.valueOf(1 + (n / ORGANISATIONS) % COACHES) : "") + "@schaal"
						+ organisation + ".example";
				return Map.of("email", email);
			}
		};
	}

}
