package nl.tandem.browser;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.Member;
import nl.tandem.Fixtures.TestOrganisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out as a user does it: the Dutch home page, the language switch, the
 * generic error and the throttle.
 */
class LoginJourneyTest extends BrowserTest {

	private static final By HEADING = By.tagName("h1");

	private static final By ERROR = By.cssSelector(".notice.error");

	private static final By LOGOUT = By.cssSelector("form[action$='/logout'] button");

	@Test
	void aCoachLogsInSeesTheDutchHomePageSwitchesToEnglishAndLogsOut() {
		Member coach = this.fixtures.organisation().coach();
		browser.open("/login");
		assertThat(browser.text(HEADING)).isEqualTo("Inloggen bij Tandem");

		browser.signIn(coach.email(), Fixtures.PASSWORD);
		assertThat(browser.location()).isEqualTo("/");
		assertThat(browser.language()).isEqualTo("nl");
		assertThat(browser.text(HEADING)).isEqualTo("Welkom, Sanne Coach");
		assertThat(browser.text(LOGOUT)).isEqualTo("Uitloggen");
		assertThat(browser.find(By.cssSelector(".languages a[lang=nl]")).getDomAttribute("aria-current"))
			.isEqualTo("true");

		browser.click(By.cssSelector(".languages a[lang=en]"));
		assertThat(browser.location()).isEqualTo("/?lang=en");
		assertThat(browser.language()).isEqualTo("en");
		assertThat(browser.text(HEADING)).isEqualTo("Welcome, Sanne Coach");
		assertThat(browser.text(LOGOUT)).isEqualTo("Log out");
		assertThat(browser.find(By.cssSelector(".languages a[lang=en]")).getDomAttribute("aria-current"))
			.isEqualTo("true");

		browser.open("/");
		assertThat(browser.text(HEADING)).as("the language choice is remembered").isEqualTo("Welcome, Sanne Coach");

		browser.signOut();
		assertThat(browser.location()).isEqualTo("/login?logout");
		assertThat(browser.text(By.cssSelector(".notice.success"))).isEqualTo("You have logged out.");
		browser.open("/login?logout&lang=nl");
		assertThat(browser.text(By.cssSelector(".notice.success"))).isEqualTo("Je bent uitgelogd.");

		browser.open("/");
		assertThat(browser.location()).as("signed out, the home page asks to sign in again").isEqualTo("/login");
	}

	@Test
	void aWrongPasswordAndAnUnknownAddressGetTheSameGenericError() {
		TestOrganisation organisation = this.fixtures.organisation();

		browser.signIn(organisation.coach().email(), "not the password");
		assertThat(browser.location()).isEqualTo("/login?error");
		String wrongPassword = errorsOnPage();

		browser.signIn("nobody-" + organisation.id() + "@nowhere.test", Fixtures.PASSWORD);
		assertThat(browser.location()).isEqualTo("/login?error");
		String unknownAddress = errorsOnPage();

		assertThat(wrongPassword).isEqualTo("Het e-mailadres of het wachtwoord klopt niet.")
			.as("an unknown address must not be told apart from a wrong password")
			.isEqualTo(unknownAddress);
		assertThat(browser.present(By.cssSelector(".field-error, [aria-invalid=true]")))
			.as("no field is singled out as the wrong one")
			.isFalse();
	}

	@Test
	void fiveWrongPasswordsThrottleTheAddressEvenForTheRightPassword() {
		Member coach = this.fixtures.organisation().coach();
		for (int attempt = 1; attempt <= 5; attempt++) {
			browser.signIn(coach.email(), "wrong guess " + attempt);
			assertThat(browser.location()).as("attempt " + attempt).isEqualTo("/login?error");
		}

		browser.signIn(coach.email(), Fixtures.PASSWORD);
		assertThat(browser.location()).isEqualTo("/login?throttled");
		assertThat(errorsOnPage()).isEqualTo("Te veel mislukte pogingen. Wacht 15 minuten en probeer het dan opnieuw.");

		browser.open("/");
		assertThat(browser.location()).as("the right password did not sign in").isEqualTo("/login");
	}

	private String errorsOnPage() {
		assertThat(browser.driver().findElements(ERROR)).as("one error message").hasSize(1);
		return browser.text(ERROR);
	}

}
