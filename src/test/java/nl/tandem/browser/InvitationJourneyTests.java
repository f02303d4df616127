package nl.tandem.browser;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.Member;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.employer.Employers;
import nl.tandem.identity.TwoFactor;
import nl.tandem.identity.TwoFactorFixtures;
import nl.tandem.organisation.Staff;
import nl.tandem.plan.Plans;
import nl.tandem.portal.PortalFixtures;
import nl.tandem.trajectory.Trajectories;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A participant is invited by their coach and opens their account; a privacy officer sets
 * up two-step sign-in and signs in with a code.
 */
class InvitationJourneyTests extends BrowserTest {

	private static final String PASSWORD = "mijn eigen wachtwoord";

	private static final By HEADING = By.tagName("h1");

	@Autowired
	Trajectories trajectories;

	@Autowired
	Employers employers;

	@Autowired
	Plans plans;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TwoFactor twoFactor;

	@Test
	void aCoachInvitesAParticipantWhoOpensTheirAccountAndLandsOnThePortal() {
		TestOrganisation organisation = this.fixtures.organisation();
		PortalFixtures.Placed placed = new PortalFixtures(this.trajectories, this.employers, this.plans)
			.placed(organisation, "Mila", "Uitnodiging", "nl");

		browser.signIn(organisation.coach().email(), Fixtures.PASSWORD);
		browser.open("/trajectories/" + placed.id());
		assertThat(browser.text(By.id("invitations-heading"))).isEqualTo("Toegang tot het portaal");
		browser.click(By.cssSelector("form[action$='/invitations/participant'] button"));
		assertThat(browser.location()).isEqualTo("/trajectories/" + placed.id());
		assertThat(browser.text(By.cssSelector(".notice.success"))).isEqualTo("De uitnodiging is verstuurd.");
		assertThat(browser.text(By.id("invitations"))).contains("Uitgenodigd, link geldig tot");
		browser.signOut();

		browser.signIn(organisation.admin().email(), Fixtures.PASSWORD);
		browser.open("/dev/mail");
		assertThat(browser.text(By.cssSelector(".notice.warning"))).startsWith("Alleen voor ontwikkelaars");
		assertThat(browser.text(By.cssSelector(".mail-to"))).isEqualTo(placed.participantEmail());
		String mail = browser.text(By.cssSelector(".mail-text"));
		assertThat(mail).startsWith("Hallo Mila Uitnodiging,");
		String token = PortalFixtures.token(mail);
		browser.signOut();

		browser.open("/invitation/" + token);
		assertThat(browser.text(HEADING)).isEqualTo("Welkom bij Tandem, Mila Uitnodiging");
		browser.type(By.id("password"), "te kort");
		browser.type(By.id("confirmation"), "te kort");
		browser.click(By.cssSelector("form.card button[type=submit]"));
		assertThat(browser.text(By.id("password-error"))).contains("12 tot 128 tekens");
		browser.type(By.id("password"), PASSWORD);
		browser.type(By.id("confirmation"), PASSWORD);
		browser.click(By.cssSelector("form.card button[type=submit]"));
		assertThat(browser.location()).isEqualTo("/login?welcome");
		assertThat(browser.text(By.cssSelector(".notice.success"))).startsWith("Je account is klaar.");

		browser.signIn(placed.participantEmail(), PASSWORD);
		assertThat(browser.location()).isEqualTo("/portal");
		assertThat(browser.text(HEADING)).isEqualTo("Welkom, Mila Uitnodiging");
		browser.open("/trajectories");
		assertThat(browser.text(HEADING)).as("a staff page is refused").isEqualTo("Geen toegang");
		browser.open("/invitation/" + token);
		assertThat(browser.text(HEADING)).isEqualTo("Deze link werkt niet meer");
	}

	@Test
	void aPrivacyOfficerSetsUpTwoStepSignInAndSignsInWithACode() {
		TestOrganisation organisation = this.fixtures.organisation();
		Member officer = new TwoFactorFixtures(this.staff, this.jdbc, this.twoFactor).privacyOfficer(organisation);

		browser.signIn(officer.email(), Fixtures.PASSWORD);
		assertThat(browser.location()).isEqualTo("/profile/two-factor?required");
		assertThat(browser.text(By.cssSelector(".notice.warning"))).contains("verplicht");
		browser.open("/");
		assertThat(browser.location()).as("nothing else until it is set up").isEqualTo("/profile/two-factor?required");
		String secret = browser.text(By.id("secret")).replace(" ", "");
		assertThat(browser.find(By.cssSelector("a.otpauth")).getDomAttribute("href"))
			.startsWith("otpauth://totp/Tandem")
			.contains("secret=" + secret);
		browser.type(By.id("code"), TwoFactorFixtures.code(secret, 0));
		browser.click(By.cssSelector("form[action$='/two-factor/confirm'] button"));
		assertThat(browser.driver().findElements(By.cssSelector(".recovery-codes li"))).hasSize(10);
		browser.click(By.linkText("Verder naar Tandem"));
		assertThat(browser.text(HEADING)).isEqualTo("Welkom, Esther Privacy");
		browser.signOut();

		browser.signIn(officer.email(), Fixtures.PASSWORD);
		assertThat(browser.location()).isEqualTo("/login/code");
		browser.type(By.id("code"), TwoFactorFixtures.wrongCode(secret));
		browser.click(By.cssSelector("form.card button[type=submit]"));
		assertThat(browser.text(By.id("code-error"))).startsWith("Deze code klopt niet.");
		browser.type(By.id("code"), TwoFactorFixtures.code(secret, 1));
		browser.click(By.cssSelector("form.card button[type=submit]"));
		assertThat(browser.location()).isEqualTo("/");
		assertThat(browser.text(HEADING)).isEqualTo("Welkom, Esther Privacy");
	}

}
