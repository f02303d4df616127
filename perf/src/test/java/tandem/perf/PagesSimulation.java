package tandem.perf;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doSwitch;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Signs in as staff of the national-scale data set ({@code --tandem.demo.scale=100000})
 * and loads pages in a loop: a closed model with a fixed number of concurrent users, no
 * think time unless {@code -Dpause} is given. Every virtual user takes the next login from
 * a feeder generated in code (the next role in the rotation of {@code -Droles}, the next
 * person of that role in a shuffled, fixed order), signs in once with the CSRF token of the login
 * form, and then requests the pages of its role, in order, until {@code -Dduration} seconds
 * have passed since the start.
 * <p>
 * Only failures are asserted (fewer than 1% failed requests); response times are recorded
 * and reported, not asserted. See docs/performance.md.
 */
public class PagesSimulation extends Simulation {

	/**
	 * The pages each role loads, in order, in every round. A new page is one line here.
	 */
	static final Map<String, List<Page>> PAGES = Map.of(
	// @formatter:off
			"ADMIN", List.of(
					page("home", "/"),
					page("staff list", "/admin/staff"),
					page("staff search", "/admin/staff?q=jan"),
					page("teams", "/admin/teams"),
					page("organisation", "/admin/organisation"),
					page("trajectories", "/trajectories"),
					page("trajectory search", "/trajectories?q=jan"),
					page("employers", "/employers"),
					page("employer", "#{employer}"),
					page("trajectory", "#{trajectory}"),
					page("profile", "/profile")),
			"TEAM_LEAD", List.of(
					page("home", "/"),
					page("trajectories", "/trajectories"),
					page("trajectory search", "/trajectories?q=jan"),
					page("trajectory", "#{trajectory}"),
					page("participant", "#{participant}"),
					page("plan", "#{trajectory}/plan"),
					page("employers", "/employers"),
					page("employer", "#{employer}"),
					page("profile", "/profile")),
			"COACH", List.of(
					page("home", "/"),
					page("trajectories", "/trajectories"),
					page("trajectory search", "/trajectories?q=jan"),
					page("trajectory", "#{trajectory}"),
					page("participant", "#{participant}"),
					page("intake", "#{trajectory}/intake"),
					page("workplace assessment", "#{trajectory}/assessment"),
					page("plan", "#{trajectory}/plan"),
					page("schedule", "#{trajectory}/schedule"),
					page("plan pdf", "#{trajectory}/plan/document.pdf"),
					page("logbook pdf", "#{trajectory}/logbook.pdf"),
					page("new session form", "#{trajectory}/sessions/new"),
					page("sessions", "#{trajectory}/sessions"),
					page("logbook", "#{trajectory}/time"),
					page("busy trajectory", "#{busy}"),
					page("busy sessions", "#{busy}/sessions"),
					page("employers", "/employers"),
					page("employer", "#{employer}"),
					page("profile", "/profile")));
	// @formatter:on

	static final String BASE_URL = System.getProperty("base.url", "http://localhost:8080");

	static final int USERS = Integer.getInteger("users", 10);

	static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("duration", 60));

	static final int ORGANISATIONS = Integer.getInteger("organisations", 50);

	static final int COACHES = Integer.getInteger("coaches", 100);

	static final int TEAM_LEADS = Integer.getInteger("teamleads", 4);

	static final List<String> ROLES = List.of(System.getProperty("roles", "ADMIN,TEAM_LEAD,COACH").split(","));

	static final String PASSWORD = System.getProperty("password", "tandem-demo");

	static final Duration PAUSE = Duration.ofMillis(Integer.getInteger("pause", 0));

	/**
	 * Only these pages (names as in {@link #PAGES}, comma-separated), or all when empty.
	 */
	static final List<String> ONLY = List.of(System.getProperty("pages", "").split(",")).stream()
		.map(String::trim)
		.filter(name -> !name.isEmpty())
		.toList();

	private volatile long deadline = Long.MAX_VALUE;

	HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.disableFollowRedirect()
		.acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
		.acceptLanguageHeader("nl-NL,nl;q=0.9,en;q=0.8")
		.acceptEncodingHeader("gzip, deflate")
		.userAgentHeader("Tandem load test (Gatling)");

	ChainBuilder signIn = exec(http("login form").get("/login")
		.check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
		.exec(http("login").post("/login")
			.formParam("email", "#{email}")
			.formParam("password", PASSWORD)
			.formParam("_csrf", "#{csrf}")
			.check(status().is(302), header("Location").transform(PagesSimulation::path).is("/")))
		.exitHereIfFailed();

	/**
	 * Picks, once per virtual user, one of the active trajectories and one of the employers
	 * the user sees (at random from the first page of each list), for the pages that show
	 * one of them:
	 * {@code #{trajectory}}, {@code #{participant}} and {@code #{employer}}; and the
	 * trajectory with a hundred sessions as {@code #{busy}} (only the first coach of an
	 * organisation has one: run with {@code -Dcoaches=1} to measure it; others load their
	 * own trajectory in its place).
	 */
	ChainBuilder pick = exec(http("pick a trajectory").get("/trajectories?phase=ACTIVE")
		.check(status().is(200), css("td a[href^='/trajectories/']", "href").findRandom().saveAs("trajectory")))
		.exec(http("pick its participant").get("#{trajectory}")
			.check(status().is(200), css("h1 a[href^='/participants/']", "href").saveAs("participant")))
		.exec(http("pick a trajectory with a hundred sessions").get("/trajectories?q=Gesprekken&phase=ACTIVE")
			.check(status().is(200), css("td a[href^='/trajectories/']", "href").find().optional().saveAs("busy")))
		.exec(session -> session.contains("busy") ? session : session.set("busy", session.getString("trajectory")))
		.exec(http("pick an employer").get("/employers")
			.check(status().is(200), css("td a[href^='/employers/']", "href").findRandom().saveAs("employer")))
		.exitHereIfFailed();

	// A user that the closed model starts in place of one that has just finished at the
	// deadline sends nothing.
	ScenarioBuilder staff = scenario("staff pages")
		.doIf(session -> running())
		.then(feed(new Logins()).exec(this.signIn, this.pick)
			.exec(asLongAs(session -> running())
				.on(rounds())));

	{
		setUp(this.staff.injectClosed(constantConcurrentUsers(USERS).during(DURATION))).protocols(this.protocol)
			.assertions(global().failedRequests().percent().lt(1.0))
			.maxDuration(DURATION.plusSeconds(60));
	}

	@Override
	public void before() {
		System.out.printf("Tandem load test: %s, %d concurrent users for %d s, roles %s, %d organisations, "
				+ "%d coaches and %d team leads each, pause %d ms, pages %s%n", BASE_URL, USERS, DURATION.toSeconds(),
				ROLES, ORGANISATIONS, COACHES, TEAM_LEADS, PAUSE.toMillis(), ONLY.isEmpty() ? "all" : ONLY);
		this.deadline = System.nanoTime() + DURATION.toNanos();
	}

	private boolean running() {
		return System.nanoTime() < this.deadline;
	}

	private static ChainBuilder request(String role, Page page) {
		ChainBuilder request = exec(http(role + " " + page.name()).get(page.path()).check(status().is(200)));
		return PAUSE.isZero() ? request : request.exec(pause(PAUSE));
	}

	private static ChainBuilder rounds() {
		List<String> roles = ROLES.stream().distinct().toList();
		if (roles.size() == 1) {
			return round(roles.get(0));
		}
		return doSwitch("#{role}").on(roles.stream().map(role -> onCase(role).then(round(role))).toList());
	}

	private static ChainBuilder round(String role) {
		if (!PAGES.containsKey(role)) {
			throw new IllegalArgumentException("Unknown role in -Droles: " + role + "; known: " + PAGES.keySet());
		}
		List<ChainBuilder> pages = PAGES.get(role)
			.stream()
			.filter(page -> ONLY.isEmpty() || ONLY.contains(page.name()))
			.map(page -> request(role, page))
			.toList();
		if (pages.isEmpty()) {
			throw new IllegalArgumentException("No page of " + role + " in -Dpages=" + ONLY);
		}
		return exec(pages);
	}

	static Page page(String name, String path) {
		return new Page(name, path);
	}

	private static String path(String location) {
		return location.replaceFirst("^https?://[^/]+", "");
	}

	record Page(String name, String path) {
	}

	/**
	 * The logins of the scale data set: {@code admin@schaalN.example} (ADMIN),
	 * {@code teamleiderK@schaalN.example} (TEAM_LEAD) and {@code coachK@schaalN.example}
	 * (COACH), N = 1..organisations. Each next virtual user gets the next role of the
	 * rotation and the next person of that role, in a shuffled but fixed order.
	 */
	static final class Logins implements Iterator<Map<String, Object>> {

		private final Map<String, List<String>> emails = new LinkedHashMap<>();

		private final Map<String, Integer> next = new LinkedHashMap<>();

		private int user;

		Logins() {
			Random random = new Random(Long.getLong("seed", 42));
			this.emails.put("ADMIN", people(random, "admin", 1, false));
			this.emails.put("TEAM_LEAD", people(random, "teamleider", TEAM_LEADS, true));
			this.emails.put("COACH", people(random, "coach", COACHES, true));
		}

		private static List<String> people(Random random, String prefix, int perOrganisation, boolean numbered) {
			List<String> people = new ArrayList<>();
			for (int organisation = 1; organisation <= ORGANISATIONS; organisation++) {
				for (int k = 1; k <= perOrganisation; k++) {
					people.add(prefix + (numbered ? k : "") + "@schaal" + organisation + ".example");
				}
			}
			Collections.shuffle(people, random);
			return people;
		}

		@Override
		public boolean hasNext() {
			return true;
		}

		@Override
		public synchronized Map<String, Object> next() {
			String role = ROLES.get(this.user++ % ROLES.size());
			List<String> people = this.emails.get(role);
			int index = this.next.merge(role, 1, Integer::sum) - 1;
			return Map.of("role", role, "email", people.get(index % people.size()));
		}

	}

}
