package nl.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.coaching.Attendee;
import nl.tandem.coaching.HeldSession;
import nl.tandem.coaching.NoteVisibility;
import nl.tandem.coaching.SessionMode;
import nl.tandem.coaching.Sessions;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Invitations;
import nl.tandem.identity.Invitee;
import nl.tandem.identity.PersonKind;
import nl.tandem.monitoring.EarlyWarningPlans;
import nl.tandem.monitoring.Zone;
import nl.tandem.monitoring.ZoneContent;
import nl.tandem.plan.Actor;
import nl.tandem.plan.IntensityProfile;
import nl.tandem.plan.Party;
import nl.tandem.plan.Plans;
import nl.tandem.plan.Schedules;
import nl.tandem.plan.SignOffMethod;
import nl.tandem.platform.Mails;
import nl.tandem.portal.PortalFixtures;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A participant opens their portal account from the coach's invitation, reads their
 * pages, agrees to the new version of their plan and records that they are in the orange
 * zone; the coach then signs in and sees the signal. Every page is checked with axe-core
 * on arrival.
 */
class ParticipantPortalJourneyTests extends BrowserTest {

	private static final String PASSWORD = "mijn eigen wachtwoord";

	private static final By HEADING = By.tagName("h1");

	private static final LocalDate TODAY = TrajectoryFixtures.TODAY;

	@Autowired
	Trajectories trajectories;

	@Autowired
	Employers employers;

	@Autowired
	Plans plans;

	@Autowired
	Schedules schedules;

	@Autowired
	Sessions sessions;

	@Autowired
	EarlyWarningPlans warningPlans;

	@Autowired
	Invitations invitations;

	@Autowired
	Mails mails;

	@Test
	void aParticipantAgreesToTheirPlanAndRecordsAnOrangeZoneWhichTheCoachSees() {
		TestOrganisation organisation = this.fixtures.organisation();
		CurrentUser coach = organisation.coach().user();
		PortalFixtures.Placed placed = new PortalFixtures(this.trajectories, this.employers, this.plans)
			.placed(organisation, "Mila", "Reis", "nl");
		long id = placed.id();
		TrajectoryFixtures make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		make.agreePlan(coach, id);
		this.trajectories.activate(coach, id, make.version(coach, id));
		this.schedules.generate(coach, id, -1, IntensityProfile.Preset.STANDARD.profile(), TODAY, TODAY.plusMonths(6));
		int proposed = newVersionSignedByEmployerAndCoach(coach, id);
		agreedWarningPlan(coach, id);
		this.sessions.recordHeld(coach, id,
				new HeldSession(null, TODAY.minusDays(1), LocalTime.of(10, 0), 60, SessionMode.VIDEO,
						Set.of(Attendee.PARTICIPANT), Set.of(), List.of(),
						List.of(new HeldSession.Note("Alleen voor de coach", NoteVisibility.COACH_ONLY, true),
								new HeldSession.Note("Mooi dat je je pauzes nam",
										NoteVisibility.SHARED_WITH_PARTICIPANT, false)),
						null, List.of(),
						List.of(new HeldSession.Action(Actor.PARTICIPANT, "Dagboekje bijhouden", TODAY)), false));
		this.invitations.invite(coach, new Invitee(PersonKind.PARTICIPANT, placed.participantId(),
				placed.participantEmail(), "Mila Reis", "nl"), "http://localhost:" + this.port);
		String token = PortalFixtures.tokenMailedTo(this.mails, organisation.id(), placed.participantEmail());

		browser.open("/invitation/" + token);
		assertThat(browser.text(HEADING)).isEqualTo("Welkom bij Tandem, Mila Reis");
		browser.type(By.id("password"), PASSWORD);
		browser.type(By.id("confirmation"), PASSWORD);
		browser.click(By.cssSelector("form.card button[type=submit]"));
		browser.signIn(placed.participantEmail(), PASSWORD);
		assertThat(browser.location()).isEqualTo("/portal");
		assertThat(browser.text(HEADING)).isEqualTo("Welkom, Mila Reis");
		assertThat(browser.text(By.id("content"))).contains("Dagboekje bijhouden").contains("Er ligt een nieuw plan");

		browser.click(By.linkText("Mijn plan"));
		assertThat(browser.text(By.id("proposed-heading"))).isEqualTo("Voorgelegd aan jou: versie " + proposed);
		browser.click(By.cssSelector("form[action$='/agree'] button"));
		assertThat(browser.text(By.cssSelector(".notice.success"))).isEqualTo("Je akkoord is vastgelegd. Dank je wel.");
		assertThat(browser.text(By.id("agreed-heading"))).startsWith("Afgesproken plan (versie " + proposed);

		browser.open("/portal/notes");
		assertThat(browser.text(By.id("content"))).contains("Mooi dat je je pauzes nam")
			.doesNotContain("Alleen voor de coach");
		browser.open("/portal/actions");
		browser.click(By.cssSelector("form[action*='/portal/actions/'] button"));
		assertThat(browser.text(By.cssSelector(".notice.success"))).isEqualTo("Mooi, de actie staat op gedaan.");
		for (String page : List.of("/portal/sessions", "/portal/checkins/balance", "/portal/checkins/work-values",
				"/portal/checkins/alliance", "/portal/support", "/portal/data", "/portal/access-log",
				"/portal/rating")) {
			browser.open(page);
			assertThat(browser.location()).isEqualTo(page);
		}

		browser.open("/portal/warning");
		browser.click(By.cssSelector("form[action$='/portal/zone'] button[type=submit]"));
		assertThat(browser.text(By.id("zone-error"))).isEqualTo("Kies een zone.");
		browser.find(By.cssSelector("input[name=zone][value=ORANGE]")).click();
		browser.type(By.id("remark"), "Veel te druk deze week");
		browser.click(By.cssSelector("form[action$='/portal/zone'] button[type=submit]"));
		assertThat(browser.text(By.cssSelector(".notice.success"))).startsWith("Je zone is doorgegeven.");
		assertThat(browser.text(By.id("zone-heading"))).isEqualTo("Hoe gaat het nu?");
		browser.open("/trajectories/" + id);
		assertThat(browser.text(HEADING)).as("a staff page is refused").isEqualTo("Geen toegang");
		browser.open("/portal");
		browser.signOut();

		browser.signIn(organisation.coach().email(), Fixtures.PASSWORD);
		assertThat(browser.text(By.id("signals-heading"))).startsWith("Signalen");
		assertThat(browser.text(By.cssSelector("ol.signals"))).contains("Oranje zone").contains("Mila Reis");
		browser.open("/signals");
		assertThat(browser.text(By.id("content"))).contains("Oranje zone").contains("Mila Reis");
		browser.open("/portal");
		assertThat(browser.text(HEADING)).as("the coach has no portal").isEqualTo("Geen toegang");
	}

	private int newVersionSignedByEmployerAndCoach(CurrentUser coach, long id) {
		int number = this.plans.startDraft(coach, id);
		this.plans.propose(coach, id, number, version(coach, id, number));
		this.plans.signOff(coach, id, number, version(coach, id, number), Party.EMPLOYER, TODAY, SignOffMethod.EMAIL);
		this.plans.signOff(coach, id, number, version(coach, id, number), Party.COACH, TODAY, SignOffMethod.IN_PERSON);
		return number;
	}

	private long version(CurrentUser coach, long id, int number) {
		return this.plans.page(coach, id, number).plan().version();
	}

	private void agreedWarningPlan(CurrentUser coach, long id) {
		int number = this.warningPlans.startDraft(coach, id);
		long version = 0;
		for (Zone zone : Zone.inPlan(false)) {
			this.warningPlans.describeZone(coach, id, number, version++, zone, new ZoneContent(0, zone,
					"Ik kan het aan", "Rustig", "Komt op tijd", null, "Sporten", null, null, "Belt maandelijks", null));
		}
		this.warningPlans.agree(coach, id, number, version, TODAY);
	}

}
