package nl.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.employer.Employers;
import nl.tandem.identity.Accounts;
import nl.tandem.identity.CurrentUser;
import nl.tandem.monitoring.EarlyWarningPlans;
import nl.tandem.monitoring.Zone;
import nl.tandem.monitoring.ZoneContent;
import nl.tandem.plan.Plans;
import nl.tandem.portal.ParticipantPortalFixtures;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application against who asks: read from the route list, so that a
 * new endpoint without a rule here fails the build. Each route has a kind (whose data it
 * serves); for every kind the test asks as somebody who must not get it (anonymous,
 * another organisation, another coach of the same organisation, the wrong role) and
 * expects the login page, "not found" (another organisation's data never exists),
 * "forbidden", or "bad request" when the request is refused for its form before anything
 * is looked up. Nobody outside gets a page, a file or a redirect to a saved result.
 */
@TandemTest
class AuthorisationMatrixTests {

	/**
	 * Whose data a route serves, and so who may not have it.
	 */
	enum Kind {

		/** Open without login. */
		PUBLIC,
		/** Any signed-in user, about themselves (home, profile, signals of their own). */
		SIGNED_IN,
		/**
		 * Staff lists scoped by the user's role (trajectory list, employers, analytics).
		 */
		STAFF,
		/** One trajectory and everything in it: its coach and team lead only. */
		TRAJECTORY,
		/** One participant: those who work on one of the participant's trajectories. */
		PARTICIPANT,
		/** One employer of the organisation: staff of that organisation. */
		EMPLOYER,
		/**
		 * Exports of the organisation or team (the research export): administrators and
		 * team leads only, each their own export.
		 */
		LEAD,
		/** The organisation's administration: administrators only. */
		ADMIN,
		/** The audit log and retention: privacy officers only. */
		PRIVACY,
		/** The participant's and the employer contact's own pages: never staff. */
		PORTAL,
		/**
		 * The employer contact's pages: never staff; an employee of another employer is
		 * "not found" to its contact.
		 */
		EMPLOYER_PORTAL,
		/**
		 * The participant's own pages in the portal: the participant themselves gets them
		 * (about their own trajectory only); staff never, and another participant sees
		 * only their own data and finds none of the ids of this one.
		 */
		PARTICIPANT_PORTAL,
		/** Only for tests and the framework. */
		INTERNAL

	}

	/**
	 * The rules: a route pattern (as the route list writes it) and its kind. Patterns are
	 * matched from the top; the first that matches wins.
	 */
	static final Map<String, Kind> RULES = new LinkedHashMap<>();

	/**
	 * Pages of the coach's own trajectory that answer otherwise than with the page, and
	 * why: the comparison of plan versions asks which two (400 without them), and the
	 * early-warning plan's document exists only once a plan is agreed (404 before).
	 */
	static final Map<String, Integer> OWN_OTHERWISE = Map.of("/trajectories/{id}/plan/diff", 400,
			"/trajectories/{id}/warning/document.pdf", 404);

	static {
		RULES.put("/login", Kind.PUBLIC);
		RULES.put("/calendar/{secret}.ics", Kind.PUBLIC);
		RULES.put("/invitation/**", Kind.PUBLIC);
		RULES.put("/login/code", Kind.PUBLIC);
		RULES.put("/error", Kind.INTERNAL);
		RULES.put("/test/**", Kind.INTERNAL);
		RULES.put("/", Kind.SIGNED_IN);
		RULES.put("/profile/**", Kind.SIGNED_IN);
		RULES.put("/calendar/**", Kind.SIGNED_IN);
		RULES.put("/signals/**", Kind.SIGNED_IN);
		RULES.put("/trajectories", Kind.STAFF);
		RULES.put("/trajectories/new", Kind.STAFF);
		RULES.put("/trajectories/{id}/**", Kind.TRAJECTORY);
		RULES.put("/participants/{id}/**", Kind.PARTICIPANT);
		RULES.put("/employers", Kind.STAFF);
		RULES.put("/employers/new", Kind.STAFF);
		RULES.put("/employers/{id}/**", Kind.EMPLOYER);
		RULES.put("/employers/{employerId}/**", Kind.EMPLOYER);
		RULES.put("/reports/research-export/**", Kind.LEAD);
		RULES.put("/reports/**", Kind.STAFF);
		RULES.put("/admin/schemes/**", Kind.ADMIN);
		RULES.put("/admin/**", Kind.ADMIN);
		RULES.put("/privacy/**", Kind.PRIVACY);
		RULES.put("/portal/employer/**", Kind.EMPLOYER_PORTAL);
		RULES.put("/portal", Kind.PARTICIPANT_PORTAL);
		RULES.put("/portal/plan/**", Kind.PARTICIPANT_PORTAL);
		RULES.put("/portal/sessions/**", Kind.PARTICIPANT_PORTAL);
		RULES.put("/portal/notes/**", Kind.PARTICIPANT_PORTAL);
		RULES.put("/portal/actions/**", Kind.PARTICIPANT_PORTAL);
		RULES.put("/portal/support/**", Kind.PARTICIPANT_PORTAL);
		RULES.put("/portal/warning/**", Kind.PARTICIPANT_PORTAL);
		RULES.put("/portal/zone/**", Kind.PARTICIPANT_PORTAL);
		RULES.put("/portal/checkins/**", Kind.PARTICIPANT_PORTAL);
		RULES.put("/portal/data/**", Kind.PARTICIPANT_PORTAL);
		RULES.put("/portal/access-log/**", Kind.PARTICIPANT_PORTAL);
		RULES.put("/portal/rating/**", Kind.PARTICIPANT_PORTAL);
		RULES.put("/portal/**", Kind.PORTAL);
		RULES.put("/dev/**", Kind.ADMIN);
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:([^}]*))?\\}");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	Trajectories trajectories;

	@Autowired
	Employers employers;

	@Autowired
	Plans plans;

	TestOrganisation organisation;

	long trajectory;

	long participant;

	long employer;

	long action;

	@Autowired
	Accounts accounts;

	@Autowired
	EarlyWarningPlans warningPlans;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void aTrajectoryOfOneCoach() {
		TrajectoryFixtures make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.organisation = this.fixtures.organisation();
		this.trajectory = make.active(this.organisation, this.organisation.coach(), "Matrix", "Toegang");
		this.participant = this.trajectories.details(this.organisation.coach().user(), this.trajectory).participantId();
		this.employer = this.trajectories.details(this.organisation.coach().user(), this.trajectory)
			.placements()
			.get(0)
			.employerId();
		this.action = this.jdbc.sql("""
				insert into action_item (organisation_id, trajectory_id, actor, what, due_on)
				values (:organisation, :trajectory, 'PARTICIPANT', 'Dagboekje bijhouden', current_date + 7) returning id
				""")
			.param("organisation", this.organisation.id())
			.param("trajectory", this.trajectory)
			.query(Long.class)
			.single();
	}

	@Test
	void everyRouteHasARule() {
		List<String> missing = routes().stream()
			.filter(route -> kind(route.pattern()) == null)
			.map(Route::toString)
			.toList();
		assertThat(missing).as("routes without a rule in AuthorisationMatrixTests.RULES").isEmpty();
	}

	@Test
	void nobodyOutsideGetsWhatARouteServes() throws Exception {
		TestOrganisation other = this.fixtures.organisation();
		Cookie otherOrganisation = this.logins.session(other.coach());
		Cookie otherOrganisationAdmin = this.logins.session(other.admin());
		Cookie otherCoach = this.logins.session(this.organisation.otherCoach());
		Cookie coach = this.logins.session(this.organisation.coach());
		TrajectoryFixtures make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		ParticipantPortalFixtures portal = new ParticipantPortalFixtures(this.trajectories, this.accounts, this.logins);
		Cookie otherParticipant = portal.session(portal.participant(this.organisation.coach(),
				make.active(this.organisation, this.organisation.coach(), "Ander", "Deelnemer")));
		Cookie foreignParticipant = portal
			.session(portal.participant(other.coach(), make.active(other, other.coach(), "Vreemde", "Deelnemer")));
		List<String> wrong = new ArrayList<>();
		int asked = 0;
		for (Route route : routes()) {
			Kind kind = kind(route.pattern());
			if (kind == Kind.PUBLIC || kind == Kind.INTERNAL) {
				continue;
			}
			String path = path(route.pattern());
			asked += expect(wrong, route, path, null, "anonymous", 302);
			switch (kind) {
				case TRAJECTORY -> {
					asked += expect(wrong, route, path, otherOrganisation, "coach of another organisation", 404, 400);
					asked += expect(wrong, route, path, otherOrganisationAdmin, "admin of another organisation", 404,
							403, 400);
					asked += expect(wrong, route, path, otherCoach, "another coach", 404, 400);
				}
				case PARTICIPANT -> {
					asked += expect(wrong, route, path, otherOrganisation, "coach of another organisation", 404);
					asked += expect(wrong, route, path, otherCoach, "another coach", 404, 403);
				}
				case EMPLOYER ->
					asked += expect(wrong, route, path, otherOrganisation, "coach of another organisation", 404, 403);
				case ADMIN -> asked += expect(wrong, route, path, coach, "a coach", 403);
				case LEAD -> {
					asked += expect(wrong, route, path, coach, "a coach", 403);
					asked += expect(wrong, route, path, otherOrganisation, "coach of another organisation", 403);
				}
				case PORTAL -> asked += expect(wrong, route, path, coach, "a coach", 403);
				case EMPLOYER_PORTAL -> {
					asked += expect(wrong, route, path, coach, "a coach", 403);
					asked += expect(wrong, route, path, otherOrganisationAdmin, "admin of another organisation", 403);
					if (route.pattern().contains("{id}")) {
						asked += expect(wrong, route, path, otherEmployerContact(), "a contact of another employer",
								404, 400);
					}
				}
				case PARTICIPANT_PORTAL -> {
					asked += expect(wrong, route, path, coach, "the participant's own coach", 403);
					asked += expectNothingOfTheParticipant(wrong, route, path, otherParticipant,
							"another participant of the organisation");
					asked += expectNothingOfTheParticipant(wrong, route, path, foreignParticipant,
							"a participant of another organisation");
				}
				case PRIVACY -> {
					asked += expect(wrong, route, path, coach, "a coach", 403);
					asked += expect(wrong, route, path, this.logins.session(this.organisation.admin()),
							"an administrator", 403);
				}
				default -> {
				}
			}
		}
		assertThat(wrong).as("answers to people who may not have them, of %d requests", asked).isEmpty();
		assertThat(asked).isGreaterThan(300);
	}

	@Test
	void theEmployersOwnContactGetsTheEmployerPortalPages() throws Exception {
		Cookie contact = employerContact(this.employer, "eigen");
		List<String> wrong = new ArrayList<>();
		int asked = 0;
		for (Route route : routes()) {
			if (kind(route.pattern()) != Kind.EMPLOYER_PORTAL || route.method() != RequestMethod.GET
					|| route.pattern().contains("{number}")) {
				continue;
			}
			asked += expect(wrong, route, path(route.pattern()), contact, "the employer's own contact", 200);
		}
		assertThat(wrong).as("pages the employer's own contact should get").isEmpty();
		assertThat(asked).isGreaterThanOrEqualTo(3);
	}

	private Cookie otherEmployerContact;

	/**
	 * A signed-in contact of another employer of the same organisation.
	 */
	private Cookie otherEmployerContact() throws Exception {
		if (this.otherEmployerContact == null) {
			long other = new TrajectoryFixtures(this.trajectories, this.employers, this.plans)
				.employer(this.organisation, "Ander Bedrijf");
			this.otherEmployerContact = employerContact(other, "ander");
		}
		return this.otherEmployerContact;
	}

	@Autowired
	nl.tandem.identity.Invitations invitations;

	@Autowired
	Mails mails;

	@Autowired
	nl.tandem.coaching.Sessions sessions;

	@Autowired
	nl.tandem.participant.Consents consents;

	private Cookie employerContact(long employerId, String name) throws Exception {
		String email = name + "." + this.organisation.id() + "@matrix-werkgever.test";
		long contact = this.employers.addContact(this.organisation.admin().user(), employerId,
				new nl.tandem.employer.ContactDetails("Contact", name, nl.tandem.employer.ContactRole.HR, email, null));
		new nl.tandem.portal.EmployerPortalFixtures(this.trajectories, this.employers, this.plans, this.sessions,
				this.consents, this.invitations, this.mails, this.jdbc)
			.account(this.organisation, contact, email, "Contact " + name);
		return this.logins.attempt(email, nl.tandem.portal.EmployerPortalFixtures.PASSWORD)
			.getResponse()
			.getCookie("SESSION");
	}

	@Test
	void theCoachGetsTheOwnTrajectorysPages() throws Exception {
		Cookie coach = this.logins.session(this.organisation.coach());
		List<String> wrong = new ArrayList<>();
		int asked = 0;
		for (Route route : routes()) {
			if (kind(route.pattern()) != Kind.TRAJECTORY || route.method() != RequestMethod.GET
					|| !route.pattern().replace("{id}", "").matches("[^{]*")) {
				continue;
			}
			asked += expect(wrong, route, path(route.pattern()), coach, "the trajectory's own coach",
					OWN_OTHERWISE.getOrDefault(route.pattern(), 200));
		}
		assertThat(wrong).as("the coach's own trajectory pages, of %d requests", asked).isEmpty();
		assertThat(asked).isGreaterThanOrEqualTo(25);
	}

	@Test
	void theParticipantGetsTheirOwnPortalPages() throws Exception {
		Cookie own = ownParticipant();
		List<String> wrong = new ArrayList<>();
		int asked = 0;
		for (Route route : routes()) {
			if (kind(route.pattern()) != Kind.PARTICIPANT_PORTAL) {
				continue;
			}
			// a page for a GET; for a form the page with its errors, or the redirect
			// after it
			asked += (route.method() == RequestMethod.GET)
					? expect(wrong, route, path(route.pattern()), own, "the participant themselves", 200)
					: expect(wrong, route, path(route.pattern()), own, "the participant themselves", 200, 302);
		}
		assertThat(wrong).as("the participant's own pages, of %d requests", asked).isEmpty();
		assertThat(asked).isGreaterThanOrEqualTo(20);
	}

	/**
	 * Another participant gets their own (empty) pages, never this participant's data,
	 * and none of this participant's ids (the action item in the path) is found.
	 */
	private int expectNothingOfTheParticipant(List<String> wrong, Route route, String path, Cookie session, String who)
			throws Exception {
		if (route.method() == RequestMethod.GET) {
			var response = this.mvc.perform(request(HttpMethod.GET, path).cookie(session)).andReturn().getResponse();
			String body = response.getContentAsString();
			if ((response.getStatus() != 200 && response.getStatus() != 404) || body.contains("Matrix Toegang")) {
				wrong.add(route + " as " + who + ": " + response.getStatus() + " showing the participant: "
						+ body.contains("Matrix Toegang"));
			}
			return 1;
		}
		return route.pattern().contains("{action}") ? expect(wrong, route, path, session, who, 404)
				: expect(wrong, route, path, session, who, 200, 302);
	}

	/**
	 * The participant of the trajectory signs in to the portal, with an agreed
	 * early-warning plan (for its document) and an action item of their own.
	 */
	private Cookie ownParticipant() throws Exception {
		CurrentUser coach = this.organisation.coach().user();
		int number = this.warningPlans.startDraft(coach, this.trajectory);
		long version = 0;
		for (Zone zone : Zone.inPlan(false)) {
			this.warningPlans.describeZone(coach, this.trajectory, number, version++, zone,
					new ZoneContent(0, zone, "Signaal", null, null, null, "Actie", null, null, null, null));
		}
		this.warningPlans.agree(coach, this.trajectory, number, version, TrajectoryFixtures.TODAY);
		ParticipantPortalFixtures portal = new ParticipantPortalFixtures(this.trajectories, this.accounts, this.logins);
		return portal.session(portal.participant(this.organisation.coach(), this.trajectory));
	}

	private int expect(List<String> wrong, Route route, String path, Cookie session, String who, int... allowed)
			throws Exception {
		var request = request(HttpMethod.valueOf(route.method().name()), path);
		if (session != null) {
			request.cookie(session);
		}
		if (route.method() != RequestMethod.GET) {
			request.with(csrf());
		}
		var response = this.mvc.perform(request).andReturn().getResponse();
		int status = response.getStatus();
		boolean ok = false;
		for (int code : allowed) {
			ok |= status == code;
		}
		if (status == 302 && session == null) {
			ok = String.valueOf(response.getRedirectedUrl()).endsWith("/login");
		}
		if (!ok) {
			wrong.add(route + " as " + who + ": " + status + " " + String.valueOf(response.getRedirectedUrl()));
		}
		return 1;
	}

	private String path(String pattern) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(path,
					Matcher.quoteReplacement(value(pattern, matcher.group(1), matcher.group(3))));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	private String value(String pattern, String name, String regex) {
		if (regex != null) {
			return regex.split("\\|")[0];
		}
		return switch (name) {
			case "id" -> String.valueOf(pattern.startsWith("/participants") ? this.participant
					: pattern.startsWith("/employers") ? this.employer : this.trajectory);
			case "employerId" -> String.valueOf(this.employer);
			case "key", "planned" -> UUID.randomUUID().toString();
			case "zone" -> "GREEN";
			case "action" -> String.valueOf(this.action);
			case "secret" -> "x";
			default -> "1";
		};
	}

	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (RequestMappingInfo info : this.mapping.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				var methods = info.getMethodsCondition().getMethods();
				if (methods.isEmpty()) {
					routes.add(new Route(RequestMethod.GET, pattern));
				}
				methods.forEach(method -> routes.add(new Route(method, pattern)));
			}
		}
		return routes;
	}

	static Kind kind(String pattern) {
		for (Map.Entry<String, Kind> rule : RULES.entrySet()) {
			String prefix = rule.getKey();
			if (prefix.endsWith("/**")) {
				String base = prefix.substring(0, prefix.length() - 3);
				if (pattern.equals(base) || pattern.startsWith(base + "/") || pattern.startsWith(base + ".")) {
					return rule.getValue();
				}
			}
			else if (pattern.equals(prefix)) {
				return rule.getValue();
			}
		}
		return null;
	}

	record Route(RequestMethod method, String pattern) {

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

}
