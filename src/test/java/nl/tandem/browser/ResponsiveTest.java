package nl.tandem.browser;

import nl.tandem.coaching.Attendee;
import nl.tandem.coaching.HeldSession;
import nl.tandem.coaching.Logbook;
import nl.tandem.coaching.NoteVisibility;
import nl.tandem.coaching.SessionMode;
import nl.tandem.coaching.Sessions;
import nl.tandem.coaching.TimeCategory;
import nl.tandem.employer.Employers;
import nl.tandem.plan.IntensityProfile;
import nl.tandem.plan.Plans;
import nl.tandem.plan.Schedules;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.tandem.monitoring.AllianceAnswers;
import nl.tandem.monitoring.BalanceScores;
import nl.tandem.monitoring.CheckIns;
import nl.tandem.monitoring.NewAllianceCheckIn;
import nl.tandem.monitoring.NewBalanceCheckIn;
import nl.tandem.monitoring.NewWorkValueCheckIn;
import nl.tandem.monitoring.WorkValueAnswer;
import nl.tandem.monitoring.WorkValueMoment;
import nl.tandem.participant.WorkValue;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coaches use Tandem on their phones: at 360 pixels wide no page may scroll sideways as a
 * whole. Wide tables scroll inside their own {@code .table-wrap}.
 */
class ResponsiveTest extends BrowserTest {

	private static final int PHONE_WIDTH = 360;

	@Autowired
	Trajectories trajectories;

	@Autowired
	Sessions sessions;

	@Autowired
	Logbook logbook;

	@Autowired
	Employers employers;

	@Autowired
	Plans plans;

	@Autowired
	Schedules schedules;

	@Autowired
	nl.tandem.monitoring.EarlyWarningPlans warningPlans;

	@Autowired
	nl.tandem.monitoring.Zones zones;

	@Autowired
	nl.tandem.monitoring.Intensifications intensifications;

	@Autowired
	CheckIns checkIns;

	@Autowired
	nl.tandem.participant.Consents consents;

	@Autowired
	nl.tandem.evaluation.Evaluations evaluations;

	@Autowired
	nl.tandem.evaluation.Ratings ratings;

	@Autowired
	nl.tandem.evaluation.FollowUps followUps;

	@Autowired
	nl.tandem.reporting.ResearchExports researchExports;

	@BeforeEach
	void phone() {
		browser.driver().manage().window().setSize(new Dimension(PHONE_WIDTH, 780));
	}

	@AfterEach
	void laptop() {
		browser.driver().manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void atPhoneWidthNoPageScrollsSideways() {
		TestOrganisation organisation = this.fixtures.organisation();
		browser.open("/login");
		assertThat(browser.script("return window.innerWidth")).as("the window is as wide as a phone")
			.isEqualTo((long) PHONE_WIDTH);
		assertNoSidewaysScrolling();

		browser.signIn(organisation.admin().email(), Fixtures.PASSWORD);
		assertThat(browser.location()).isEqualTo("/");
		assertNoSidewaysScrolling();

		browser.open("/admin/staff");
		assertNoSidewaysScrolling();

		browser.open("/admin/staff/" + organisation.coach().personId());
		assertNoSidewaysScrolling();

		for (String page : new String[] { "/trajectories", "/trajectories/new", "/employers", "/employers/new" }) {
			browser.open(page);
			assertNoSidewaysScrolling();
		}

		TrajectoryFixtures make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		long id = make.active(organisation, organisation.coach(), "Mila", "Mobiel");
		this.schedules.generate(organisation.coach().user(), id, -1, IntensityProfile.Preset.STANDARD.profile(),
				TrajectoryFixtures.TODAY, TrajectoryFixtures.TODAY.plusMonths(12));
		long session = this.sessions.recordHeld(organisation.coach().user(), id,
				new HeldSession(null, TrajectoryFixtures.TODAY, null, 60, SessionMode.WORKPLACE,
						Set.of(Attendee.PARTICIPANT, Attendee.SUPERVISOR), Set.of(), List.of(),
						List.of(new HeldSession.Note(
								"Een notitie die op een telefoon moet passen, ook als hij lang is.",
								NoteVisibility.COACH_ONLY, false)),
						null, List.of(), List.of(), false));
		long entry = this.logbook.register(organisation.coach().user(), id, new Logbook.NewEntry(TimeCategory.INDIRECT,
				TrajectoryFixtures.TODAY, 30, "Verslag voor de financier", Set.of(), false));
		browser.signOut();
		browser.signIn(organisation.coach().email(), Fixtures.PASSWORD);
		for (String page : new String[] { "/", "/trajectories/" + id, "/trajectories/" + id + "/plan",
				"/trajectories/" + id + "/schedule", "/trajectories/" + id + "/sessions/new",
				"/trajectories/" + id + "/time/new", "/trajectories/" + id + "/sessions",
				"/trajectories/" + id + "/sessions/" + session + "/edit", "/trajectories/" + id + "/time",
				"/trajectories/" + id + "/time/" + entry + "/edit", "/signals", "/reports/analytics",
				"/trajectories/" + id + "/reports", "/trajectories/" + id + "/reports/progress/1",
				"/trajectories/" + id + "/reports/application" }) {
			browser.open(page);
			assertNoSidewaysScrolling();
		}
		earlyWarningPages(organisation, id);
		evaluationPages(organisation, make);
		finalReportAndExportPages(organisation, make);
	}

	/**
	 * The final report of an evaluated and closed trajectory, and for the team lead the
	 * figures with the results of the closed ones and the research export with its
	 * progress.
	 */
	private void finalReportAndExportPages(TestOrganisation organisation, TrajectoryFixtures make) {
		var coach = organisation.coach().user();
		long evaluated = make.active(organisation, organisation.coach(), "Evert", "Eindrapportage-Langenaam");
		this.trajectories.startEvaluation(coach, evaluated, make.version(coach, evaluated));
		java.util.UUID goal = this.plans.agreedGoals(this.trajectories.frame(coach, evaluated))
			.keySet()
			.iterator()
			.next();
		this.evaluations.save(coach, evaluated, null,
				new nl.tandem.evaluation.EvaluationContent(TrajectoryFixtures.TODAY,
						Set.of(nl.tandem.evaluation.Attendee.PARTICIPANT, nl.tandem.evaluation.Attendee.COACH),
						List.of(new nl.tandem.evaluation.EvaluationContent.Goal(goal,
								nl.tandem.evaluation.GoalResult.NEEDS_MORE_SUPPORT, null)),
						"De vaste maandag met de leidinggevende ".repeat(5), "Elke maand een kort gesprek",
						nl.tandem.evaluation.Outcome.OTHER_EMPLOYER, new java.math.BigDecimal("32")),
				true);
		this.trajectories.close(coach, evaluated, make.version(coach, evaluated),
				nl.tandem.trajectory.EndReason.GOALS_REACHED, null);
		this.ratings.record(coach, evaluated, new nl.tandem.evaluation.NewRating(nl.tandem.evaluation.Ratings.END,
				TrajectoryFixtures.TODAY, 6, 9, null));
		for (String page : new String[] { "/trajectories/" + evaluated + "/reports/final", "/reports/analytics" }) {
			browser.open(page);
			assertNoSidewaysScrolling();
		}
		browser.signOut();
		browser.signIn(organisation.teamLead().email(), Fixtures.PASSWORD);
		long export = this.researchExports.prepare(organisation.teamLead().user(), null, null, null);
		for (String page : new String[] { "/reports/analytics", "/reports/research-export",
				"/reports/research-export/" + export }) {
			browser.open(page);
			assertNoSidewaysScrolling();
		}
		browser.signOut();
		browser.signIn(organisation.coach().email(), Fixtures.PASSWORD);
	}

	/**
	 * The evaluation form of a trajectory in evaluation, the rating form, and a closed
	 * trajectory with its ratings and follow-ups.
	 */
	private void evaluationPages(TestOrganisation organisation, TrajectoryFixtures make) {
		var coach = organisation.coach().user();
		long evaluating = make.active(organisation, organisation.coach(), "Evi", "Evaluatie");
		this.trajectories.startEvaluation(coach, evaluating, make.version(coach, evaluating));
		long closed = make.active(organisation, organisation.coach(), "Cas", "Gesloten");
		this.trajectories.close(coach, closed, make.version(coach, closed), nl.tandem.trajectory.EndReason.MOVED, null);
		this.ratings.record(coach, closed, new nl.tandem.evaluation.NewRating(1, TrajectoryFixtures.TODAY, 8, 5,
				"Een lange opmerking over de begeleiding ".repeat(10)));
		this.ratings.record(coach, closed, new nl.tandem.evaluation.NewRating(nl.tandem.evaluation.Ratings.END,
				TrajectoryFixtures.TODAY, 9, 7, null));
		long followUp = this.followUps.ofTrajectory(organisation.id(), closed).get(0).id();
		for (String page : new String[] { "/trajectories/" + evaluating, "/trajectories/" + evaluating + "/evaluation",
				"/trajectories/" + evaluating + "/ratings/new", "/trajectories/" + closed,
				"/trajectories/" + closed + "/follow-ups/" + followUp }) {
			browser.open(page);
			assertNoSidewaysScrolling();
		}
	}

	/**
	 * The early-warning plan, the zone form and a proposal for extra coaching, with a
	 * zone history on the trajectory page.
	 */
	private void earlyWarningPages(TestOrganisation organisation, long id) {
		var coach = organisation.coach().user();
		int number = this.warningPlans.startDraft(coach, id);
		this.warningPlans.describeZone(coach, id, number, 0, nl.tandem.monitoring.Zone.GREEN,
				new nl.tandem.monitoring.ZoneContent(0, nl.tandem.monitoring.Zone.GREEN, "Ik kan het aan", null,
						"Komt op tijd en maakt grapjes met collega's", null, "Blijft sporten", null, null, null, null));
		this.zones.record(coach, id, nl.tandem.monitoring.Zone.GREEN, TrajectoryFixtures.TODAY.minusWeeks(3), null);
		this.zones.record(coach, id, nl.tandem.monitoring.Zone.ORANGE, TrajectoryFixtures.TODAY, "Onrustig");
		long proposal = this.intensifications.ofTrajectory(coach, id).get(0).id();
		for (String page : new String[] { "/trajectories/" + id, "/trajectories/" + id + "/warning",
				"/trajectories/" + id + "/warning/zones/new", "/trajectories/" + id + "/warning/1/zones/GREEN",
				"/trajectories/" + id + "/warning/1/agree", "/trajectories/" + id + "/intensifications/" + proposal }) {
			browser.open(page);
			assertNoSidewaysScrolling();
		}
		checkIns(organisation, id);
		for (String page : new String[] { "/trajectories/" + id, "/trajectories/" + id + "/checkins/work-values",
				"/trajectories/" + id + "/checkins/work-values/new", "/trajectories/" + id + "/checkins/balance",
				"/trajectories/" + id + "/checkins/balance/new", "/trajectories/" + id + "/checkins/alliance",
				"/trajectories/" + id + "/checkins/alliance/new" }) {
			browser.open(page);
			assertNoSidewaysScrolling();
		}
	}

	/**
	 * Two work-values check-ins (so that the page compares them), two balance check-ins
	 * and a questionnaire on working together.
	 */
	private void checkIns(TestOrganisation organisation, long id) {
		var coach = organisation.coach().user();
		LocalDate today = TrajectoryFixtures.TODAY;
		List<WorkValueAnswer> answers = new ArrayList<>();
		List<WorkValueAnswer> later = new ArrayList<>();
		for (WorkValue value : WorkValue.values()) {
			answers.add(new WorkValueAnswer(value, 5, 4, 2 + value.ordinal() % 4));
			later.add(new WorkValueAnswer(value, 5, 4, 5 - value.ordinal() % 4));
		}
		this.checkIns.recordWorkValues(coach, id,
				new NewWorkValueCheckIn(WorkValueMoment.INTAKE, today.minusMonths(6), answers, null));
		this.checkIns.recordWorkValues(coach, id,
				new NewWorkValueCheckIn(WorkValueMoment.PERIOD_END, today, later, "Een lange opmerking ".repeat(20)));
		this.checkIns.recordBalance(coach, id,
				new NewBalanceCheckIn(today.minusDays(7), new BalanceScores(4, 4, 4, 4), null));
		this.checkIns.recordBalance(coach, id, new NewBalanceCheckIn(today, new BalanceScores(3, 2, 4, 3), null));
		this.checkIns.recordAlliance(coach, id,
				new NewAllianceCheckIn(today, new AllianceAnswers(4, 4, 4, 4, 4, 4), null));
	}

	@Autowired
	nl.tandem.organisation.Staff staff;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	nl.tandem.identity.TwoFactor twoFactor;

	@Autowired
	nl.tandem.identity.Invitations invitations;

	@Autowired
	nl.tandem.platform.Mails mails;

	@Test
	void thePrivacyPagesFitAPhone() {
		TestOrganisation organisation = this.fixtures.organisation();
		Fixtures.Member officer = this.fixtures.privacyOfficer(organisation);
		TrajectoryFixtures make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		long id = make.referral(organisation.coach(), "Petra", "Privacy");
		long participant = this.trajectories.details(organisation.coach().user(), id).participantId();
		this.consents.give(organisation.coach().user(), participant,
				nl.tandem.participant.ConsentCategory.EMPLOYER_SESSION_SUMMARIES, TrajectoryFixtures.TODAY,
				nl.tandem.participant.ConsentMethod.IN_PERSON);
		browser.open("/login");
		browser.signIn(organisation.coach().email(), Fixtures.PASSWORD);
		browser.open("/trajectories/" + id + "/consents");
		assertNoSidewaysScrolling();
		browser.open("/trajectories/" + id + "/intake");
		browser.signOut();
		browser.signIn(organisation.admin().email(), Fixtures.PASSWORD);
		browser.open("/admin/organisation");
		assertNoSidewaysScrolling();
		browser.signOut();
		String secret = new nl.tandem.identity.TwoFactorFixtures(this.staff, this.jdbc, this.twoFactor).enrol(officer);
		browser.signIn(officer.email(), Fixtures.PASSWORD);
		browser.type(org.openqa.selenium.By.id("code"), nl.tandem.identity.TwoFactorFixtures.code(secret, 1));
		browser.click(org.openqa.selenium.By.cssSelector("form.card button[type=submit]"));
		for (String page : new String[] { "/privacy/audit", "/privacy/retention?q=Petra",
				"/privacy/retention/erase/" + participant }) {
			browser.open(page);
			assertNoSidewaysScrolling();
		}
		browser.signOut();
	}

	/**
	 * The invitations on the trajectory page, the mail page, the invitation link, the
	 * portal, and setting up and using two-step sign-in.
	 */
	@Test
	void atPhoneWidthPortalAccessAndTwoStepSignInFit() {
		TestOrganisation organisation = this.fixtures.organisation();
		nl.tandem.portal.PortalFixtures.Placed placed = new nl.tandem.portal.PortalFixtures(this.trajectories,
				this.employers, this.plans)
			.placed(organisation, "Mila", "Telefoonnummer-Langenaam", "nl");
		browser.signIn(organisation.coach().email(), Fixtures.PASSWORD);
		browser.open("/trajectories/" + placed.id());
		assertNoSidewaysScrolling();
		browser.click(org.openqa.selenium.By.cssSelector("form[action$='/invitations/participant'] button"));
		assertNoSidewaysScrolling();
		browser.signOut();

		browser.signIn(organisation.admin().email(), Fixtures.PASSWORD);
		for (String page : new String[] { "/dev/mail", "/admin/organisation" }) {
			browser.open(page);
			assertNoSidewaysScrolling();
		}
		browser.signOut();

		String token = nl.tandem.portal.PortalFixtures.tokenMailedTo(this.mails, organisation.id(),
				placed.participantEmail());
		for (String page : new String[] { "/invitation/" + token, "/invitation/not-a-link" }) {
			browser.open(page);
			assertNoSidewaysScrolling();
		}
		this.invitations.accept(token, "mijn eigen wachtwoord");
		browser.signIn(placed.participantEmail(), "mijn eigen wachtwoord");
		assertThat(browser.location()).isEqualTo("/portal");
		assertNoSidewaysScrolling();
		browser.signOut();

		var officer = new nl.tandem.identity.TwoFactorFixtures(this.staff, this.jdbc, this.twoFactor)
			.privacyOfficer(organisation);
		browser.signIn(officer.email(), Fixtures.PASSWORD);
		assertThat(browser.location()).isEqualTo("/profile/two-factor?required");
		assertNoSidewaysScrolling();
		String secret = browser.text(org.openqa.selenium.By.id("secret")).replace(" ", "");
		browser.type(org.openqa.selenium.By.id("code"), nl.tandem.identity.TwoFactorFixtures.code(secret, 0));
		browser.click(org.openqa.selenium.By.cssSelector("form[action$='/two-factor/confirm'] button"));
		assertNoSidewaysScrolling();
		browser.open("/profile");
		assertNoSidewaysScrolling();
		browser.signOut();
		browser.signIn(officer.email(), Fixtures.PASSWORD);
		assertThat(browser.location()).isEqualTo("/login/code");
		assertNoSidewaysScrolling();
	}

	/**
	 * The employer portal with everything on it (shared plan parts, summaries, planned
	 * coaching, a proposal and the rating form), the schemes, and the administrator's
	 * scheme pages.
	 */
	@Test
	void theEmployerPortalFitsAPhone() {
		TestOrganisation organisation = this.fixtures.organisation();
		var make = new nl.tandem.portal.EmployerPortalFixtures(this.trajectories, this.employers, this.plans,
				this.sessions, this.consents, this.invitations, this.mails, this.jdbc);
		var employee = make.employee(organisation, "Maximiliana-Alexandra");
		make.give(organisation.coach(), employee.participantId(),
				nl.tandem.participant.ConsentCategory.EMPLOYER.toArray(nl.tandem.participant.ConsentCategory[]::new));
		var coach = organisation.coach().user();
		this.schedules.generate(coach, employee.id(), -1, IntensityProfile.Preset.STANDARD.profile(),
				TrajectoryFixtures.TODAY, TrajectoryFixtures.TODAY.plusMonths(6));
		int number = this.plans.startDraft(coach, employee.id());
		this.plans.propose(coach, employee.id(), number, make.planVersion(coach, employee.id()));
		this.trajectories.startEvaluation(coach, employee.id(),
				this.trajectories.details(coach, employee.id()).version());
		browser.signIn(employee.contactEmail(), nl.tandem.portal.EmployerPortalFixtures.PASSWORD);
		for (String page : new String[] { "/portal/employer", "/portal/employer/employees/" + employee.id(),
				"/portal/employer/employees/" + employee.id() + "/plan/" + number, "/portal/employer/schemes" }) {
			browser.open(page);
			assertNoSidewaysScrolling();
		}
		browser.signOut();
		browser.signIn(organisation.admin().email(), Fixtures.PASSWORD);
		for (String page : new String[] { "/admin/schemes", "/admin/schemes/TAILORED_SUPPORT/nl" }) {
			browser.open(page);
			assertNoSidewaysScrolling();
		}
		browser.signOut();
	}

	@Autowired
	nl.tandem.identity.Accounts accounts;

	@Test
	void theParticipantsPortalPagesFitAPhone() {
		TestOrganisation organisation = this.fixtures.organisation();
		nl.tandem.identity.CurrentUser coach = organisation.coach().user();
		TrajectoryFixtures make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		long id = make.active(organisation, organisation.coach(), "Mila", "Telefoon-Portaalgebruiker");
		this.schedules.generate(coach, id, -1, IntensityProfile.Preset.STANDARD.profile(), TrajectoryFixtures.TODAY,
				TrajectoryFixtures.TODAY.plusMonths(6));
		int number = this.warningPlans.startDraft(coach, id);
		long version = 0;
		for (nl.tandem.monitoring.Zone zone : nl.tandem.monitoring.Zone.inPlan(false)) {
			this.warningPlans.describeZone(coach, id, number, version++, zone,
					new nl.tandem.monitoring.ZoneContent(0, zone, "Ik kan het aan", null,
							"Komt op tijd en maakt grapjes met collega's", null, "Blijft sporten", null, null,
							"Belt één keer per maand", null));
		}
		this.warningPlans.agree(coach, id, number, version, TrajectoryFixtures.TODAY);
		this.zones.record(coach, id, nl.tandem.monitoring.Zone.ORANGE, TrajectoryFixtures.TODAY, "Onrustig");
		this.sessions.recordHeld(coach, id, new HeldSession(null, TrajectoryFixtures.TODAY, null, 60,
				SessionMode.WORKPLACE, Set.of(Attendee.PARTICIPANT), Set.of(), List.of(),
				List.of(new HeldSession.Note(
						"Een gedeelde notitie die op een telefoon moet passen, ook als hij lang is.",
						NoteVisibility.SHARED_WITH_PARTICIPANT, false)),
				null, List.of(),
				List.of(new HeldSession.Action(nl.tandem.plan.Actor.PARTICIPANT,
						"Een actie met een lange omschrijving die netjes moet afbreken", TrajectoryFixtures.TODAY)),
				false));
		long participant = this.trajectories.details(coach, id).participantId();
		String email = "telefoon." + participant + "@portaal.test";
		this.accounts.openPortal(organisation.id(), nl.tandem.identity.PersonKind.PARTICIPANT, participant, email,
				"Mila Telefoon-Portaalgebruiker", "nl", Fixtures.PASSWORD);
		browser.signIn(email, Fixtures.PASSWORD);
		assertThat(browser.location()).isEqualTo("/portal");
		for (String page : new String[] { "/portal", "/portal/plan", "/portal/sessions", "/portal/notes",
				"/portal/actions", "/portal/warning", "/portal/checkins/balance", "/portal/checkins/work-values",
				"/portal/checkins/alliance", "/portal/support", "/portal/data", "/portal/access-log",
				"/portal/rating" }) {
			browser.open(page);
			assertThat(browser.location()).isEqualTo(page);
			assertNoSidewaysScrolling();
		}
	}

	private static void assertNoSidewaysScrolling() {
		@SuppressWarnings("unchecked")
		Map<String, Object> widths = (Map<String, Object>) browser.script("""
				const wraps = Array.from(document.querySelectorAll('.table-wrap'));
				return {
				  page: document.documentElement.scrollWidth,
				  viewport: document.documentElement.clientWidth,
				  window: window.innerWidth,
				  widestWrap: Math.max(0, ...wraps.map(wrap => wrap.getBoundingClientRect().right)),
				  tooWide: Array.from(document.querySelectorAll('body *'))
				    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
				    .filter(e => !e.closest('.table-wrap'))
				    .slice(0, 4).map(e => e.tagName + '.' + e.className + '#' + e.id).join(' ')
				};""");
		long page = ((Number) widths.get("page")).longValue();
		long viewport = ((Number) widths.get("viewport")).longValue();
		assertThat(page).as("width of %s at %s px: %s", browser.location(), PHONE_WIDTH, widths)
			.isLessThanOrEqualTo(viewport)
			.isLessThanOrEqualTo(((Number) widths.get("window")).longValue());
		assertThat(((Number) widths.get("widestWrap")).doubleValue()).as("tables stay inside the screen: %s", widths)
			.isLessThanOrEqualTo(viewport);
	}

}
