package nl.tandem.browser;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

class LoginJourneyTests extends JourneyTest {

	@Test
	void aCoachLogsInSeesTheDutchHomePageSwitchesToEnglishAndLogsOut() {
		TestOrganisation organisation = this.fixtures.organisation();
		open("/login");
		assertThat(heading()).isEqualTo("Inloggen bij Tandem");
		assertAccessible();
		logIn(organisation.coach());
		assertThat(path()).isEqualTo("/");
		assertThat(heading()).isEqualTo("Welkom, Sanne Coach");
		assertAccessible();
		this.driver.findElement(By.linkText("EN")).click();
		assertThat(heading()).isEqualTo("Welcome, Sanne Coach");
		assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		submitHeader("Log out");
		assertThat(path()).isEqualTo("/login?logout");
		assertThat(main()).contains("You have logged out.");
		open("/");
		assertThat(path()).isEqualTo("/login");
	}

	@Test
	void aWrongPasswordShowsOneGenericMessage() {
		TestOrganisation organisation = this.fixtures.organisation();
		logIn(organisation.coach().email(), "not the password");
		String wrongPassword = this.driver.findElement(By.cssSelector(".notice.error")).getText();
		logIn("nobody@nowhere.test", "not the password");
		String unknownUser = this.driver.findElement(By.cssSelector(".notice.error")).getText();
		assertThat(wrongPassword).isEqualTo("Het e-mailadres of het wachtwoord klopt niet.").isEqualTo(unknownUser);
		assertAccessible();
	}

	@Test
	void theFirstTabReachesTheSkipLinkWhichJumpsToTheContent() {
		TestOrganisation organisation = this.fixtures.organisation();
		logIn(organisation.coach());
		this.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement focused = this.driver.switchTo().activeElement();
		assertThat(focused.getText()).isEqualTo("Naar de inhoud");
		focused.sendKeys(Keys.ENTER);
		assertThat(this.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
	}

	@Test
	void pagesFitAPhoneScreenOf360Pixels() {
		TestOrganisation organisation = this.fixtures.organisation();
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
		logIn(organisation.admin());
		for (String page : new String[] { "/", "/admin/staff", "/admin/teams", "/profile", "/trajectories",
				"/employers" }) {
			open(page);
			Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) this.driver)
				.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
			assertThat(overflow).as("horizontal overflow of " + page).isLessThanOrEqualTo(0L);
		}
	}

	@Test
	void aTemporaryPasswordMustBeReplacedAtTheFirstLogin() {
		TestOrganisation organisation = this.fixtures.organisation();
		logIn(organisation.admin());
		open("/admin/staff/new");
		assertAccessible();
		fill("givenName", "Noor");
		fill("familyNamePrefix", "van");
		fill("familyName", "Dijk");
		String email = "noor@" + organisation.id() + ".browser.test";
		fill("email", email);
		new org.openqa.selenium.support.ui.Select(field("teamId")).selectByVisibleText("Team Test");
		submit("Medewerker toevoegen");
		String temporary = this.driver.findElement(By.cssSelector("code.secret")).getText();
		assertThat(heading()).isEqualTo("Noor van Dijk");
		assertAccessible();
		submitHeader("Uitloggen");
		logIn(email, temporary);
		assertThat(path()).isEqualTo("/profile?passwordRequired");
		assertAccessible();
		fill("currentPassword", temporary);
		fill("newPassword", "mijn eigen lange zin");
		fill("confirmation", "mijn eigen lange zin");
		submit("Wachtwoord wijzigen");
		assertThat(main()).contains("Je wachtwoord is gewijzigd.");
		open("/");
		assertThat(heading()).isEqualTo("Welkom, Noor van Dijk");
	}

	@Test
	void registeringWithEmptyFieldsShowsMessagesNextToThemAndSavesNothing() {
		TestOrganisation organisation = this.fixtures.organisation();
		logIn(organisation.admin());
		open("/admin/staff");
		String before = this.driver.findElement(By.tagName("caption")).getText();
		open("/admin/staff/new");
		((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("document.querySelectorAll('[required]').forEach(e => e.removeAttribute('required'));");
		submit("Medewerker toevoegen");
		assertThat(this.driver.findElement(By.id("givenName-error")).getText()).isEqualTo("Vul de voornaam in.");
		assertThat(this.driver.findElement(By.id("email-error")).getText()).isEqualTo("Vul het e-mailadres in.");
		assertAccessible();
		open("/admin/staff");
		assertThat(this.driver.findElement(By.tagName("caption")).getText()).isEqualTo(before);
	}

	@Test
	void theLaterOfTwoTabsEditingTheSameColleagueIsRefused() {
		TestOrganisation organisation = this.fixtures.organisation();
		logIn(organisation.admin());
		String page = "/admin/staff/" + organisation.coach().personId();
		open(page);
		String firstTab = this.driver.getWindowHandle();
		this.driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
		open(page);
		fill("givenName", "Eerste");
		submit("Opslaan");
		assertThat(main()).contains("De gegevens zijn opgeslagen.");
		this.driver.close();
		this.driver.switchTo().window(firstTab);
		fill("givenName", "Tweede");
		submit("Opslaan");
		assertThat(main()).contains("Iemand anders heeft dit intussen gewijzigd.");
		open(page);
		assertThat(heading()).isEqualTo("Eerste Coach");
	}

	private void submitHeader(String text) {
		this.driver.findElements(By.cssSelector("header button"))
			.stream()
			.filter(button -> button.getText().trim().equals(text))
			.findFirst()
			.orElseThrow()
			.click();
	}

	static String password() {
		return Fixtures.PASSWORD;
	}

}
