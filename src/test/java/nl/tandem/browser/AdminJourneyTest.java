package nl.tandem.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.Member;
import nl.tandem.Fixtures.TestOrganisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator managing staff in the browser: registering a colleague who then signs
 * in for the first time, a registration with gaps, two edits of one colleague at the same
 * time, certificates and deactivation.
 */
class AdminJourneyTest extends BrowserTest {

	private static final By HEADING = By.tagName("h1");

	private static final By SAVED = By.cssSelector(".notice.success");

	private static final By CAPTION = By.cssSelector("#staff-results caption");

	@Test
	void anAdminRegistersACoachWhoChoosesAPasswordAtTheFirstSignIn() {
		TestOrganisation organisation = this.fixtures.organisation();
		String email = "eva.dijk-" + organisation.id() + "@tandem.test";
		String ownPassword = "mijn eigen fietsbel zingt";

		signIn(organisation.admin());
		browser.click(By.cssSelector(".main-nav a[href$='/admin/staff']"));
		assertThat(browser.location()).isEqualTo("/admin/staff");
		browser.click(By.cssSelector(".page-head a.button"));
		assertThat(browser.location()).isEqualTo("/admin/staff/new");

		browser.type(By.id("givenName"), "Eva");
		browser.type(By.id("familyNamePrefix"), "van");
		browser.type(By.id("familyName"), "Dijk");
		browser.type(By.id("email"), email);
		browser.type(By.id("phone"), "06 1234 5678");
		new Select(browser.find(By.id("teamId"))).selectByVisibleText("Team Test");
		check(role("COACH"), true);
		check(role("ADMIN"), false);
		browser.find(By.id("staff-language-nl")).click();
		browser.click(By.cssSelector("form[action$='/admin/staff'] button[type=submit]"));

		assertThat(browser.location()).matches("/admin/staff/\\d+");
		assertThat(browser.text(HEADING)).isEqualTo("Eva van Dijk");
		assertThat(browser.text(SAVED)).isEqualTo("De medewerker is toegevoegd.");
		assertThat(new Select(browser.find(By.id("teamId"))).getFirstSelectedOption().getText()).isEqualTo("Team Test");
		assertThat(browser.find(role("COACH")).isSelected()).isTrue();
		assertThat(browser.find(role("ADMIN")).isSelected()).isFalse();
		String temporaryPassword = browser.text(By.cssSelector("code.secret"));
		assertThat(temporaryPassword).hasSizeGreaterThanOrEqualTo(12).doesNotContainAnyWhitespaces();

		browser.signOut();
		assertThat(browser.location()).isEqualTo("/login?logout");

		browser.signIn(email, temporaryPassword);
		assertThat(browser.location()).isEqualTo("/profile?passwordRequired");
		assertThat(browser.text(By.cssSelector(".notice.warning")))
			.isEqualTo("Je hebt een tijdelijk wachtwoord. Kies eerst een eigen wachtwoord.");
		browser.open("/");
		assertThat(browser.location()).as("no other page before choosing a password")
			.isEqualTo("/profile?passwordRequired");

		browser.type(By.id("currentPassword"), temporaryPassword);
		browser.type(By.id("newPassword"), ownPassword);
		browser.type(By.id("confirmation"), ownPassword);
		browser.click(By.cssSelector("form[action$='/profile/password'] button[type=submit]"));
		assertThat(browser.location()).isEqualTo("/profile");
		assertThat(browser.text(SAVED)).isEqualTo("Je wachtwoord is gewijzigd.");

		browser.open("/");
		assertThat(browser.location()).isEqualTo("/");
		assertThat(browser.text(HEADING)).isEqualTo("Welkom, Eva van Dijk");

		browser.signOut();
		browser.signIn(email, ownPassword);
		assertThat(browser.location()).as("the own password is the password now").isEqualTo("/");
	}

	@Test
	void theOrganisationAndItsTeamsAreReachedFromTheMenu() {
		TestOrganisation organisation = this.fixtures.organisation();
		signIn(organisation.admin());

		browser.click(By.cssSelector(".main-nav a[href$='/admin/organisation']"));
		assertThat(browser.location()).isEqualTo("/admin/organisation");
		assertThat(browser.text(HEADING)).isEqualTo("Organisatie");
		assertThat(browser.find(By.id("name")).getDomProperty("value")).startsWith("Testorganisatie ");
		assertThat(browser.text(By.cssSelector("section.card li"))).isEqualTo("Team Test (4 actieve medewerkers)");

		browser.click(By.cssSelector("section.card a[href$='/admin/teams']"));
		assertThat(browser.location()).isEqualTo("/admin/teams");
		browser.click(By.linkText("Team Test"));
		assertThat(browser.location()).isEqualTo("/admin/teams/" + organisation.teamId());
		assertThat(browser.text(HEADING)).isEqualTo("Team Test");
	}

	@Test
	void anIncompleteRegistrationShowsMessagesNextToTheFieldsAndSavesNothing() {
		TestOrganisation organisation = this.fixtures.organisation();
		signIn(organisation.admin());
		browser.open("/admin/staff");
		assertThat(browser.text(CAPTION)).isEqualTo("Medewerkers (4)");

		browser.open("/admin/staff/new");
		check(role("COACH"), false);
		By submit = By.cssSelector("form[action$='/admin/staff'] button[type=submit]");
		browser.find(submit).click();
		assertThat(browser.location()).as("the browser itself stops the empty form").isEqualTo("/admin/staff/new");
		assertThat(browser.script("return arguments[0].validity.valueMissing", browser.find(By.id("givenName"))))
			.isEqualTo(true);

		// What the server says when the browser's own check is bypassed (or missing).
		browser.script("arguments[0].noValidate = true", browser.find(By.cssSelector("form.card")));
		browser.click(submit);
		assertThat(browser.location()).isEqualTo("/admin/staff");
		assertThat(browser.text(HEADING)).isEqualTo("Medewerker toevoegen");
		assertFieldError("givenName", "Vul de voornaam in.");
		assertFieldError("familyName", "Vul de achternaam in.");
		assertFieldError("email", "Vul het e-mailadres in.");
		assertThat(browser.text(By.cssSelector("fieldset.has-error .field-error"))).isEqualTo("Kies minstens één rol.");
		assertThat(browser.driver().findElements(By.cssSelector(".field-error"))).hasSize(4);
		assertThat(browser.find(By.id("familyNamePrefix")).getDomAttribute("aria-invalid")).isEqualTo("false");

		browser.open("/admin/staff");
		assertThat(browser.text(CAPTION)).as("nobody was added").isEqualTo("Medewerkers (4)");
	}

	@Test
	void aSecondEditOfTheSameStaffMemberIsRefusedInsteadOfOverwritingTheFirst() {
		TestOrganisation organisation = this.fixtures.organisation();
		String page = "/admin/staff/" + organisation.coach().personId();
		By save = By.cssSelector("form[action$='" + page + "'] button[type=submit]");
		signIn(organisation.admin());
		browser.open(page);
		String first = browser.driver().getWindowHandle();
		browser.driver().switchTo().newWindow(WindowType.TAB);
		String second = browser.driver().getWindowHandle();
		try {
			browser.open(page);

			browser.driver().switchTo().window(first);
			browser.type(By.id("givenName"), "Sandra");
			browser.click(save);
			assertThat(browser.text(SAVED)).isEqualTo("De gegevens zijn opgeslagen.");
			assertThat(browser.text(HEADING)).isEqualTo("Sandra Coach");

			browser.driver().switchTo().window(second);
			browser.type(By.id("givenName"), "Suzanne");
			browser.click(save);
			assertThat(browser.text(By.cssSelector("form .notice.error"))).isEqualTo(
					"Iemand anders heeft dit intussen gewijzigd. Je wijziging is niet opgeslagen; laad de pagina opnieuw en breng je wijziging opnieuw aan.");
			assertThat(browser.present(SAVED)).isFalse();
		}
		finally {
			browser.driver().switchTo().window(second).close();
			browser.driver().switchTo().window(first);
		}
		browser.open(page);
		assertThat(browser.text(HEADING)).as("the first edit stands").isEqualTo("Sandra Coach");
		assertThat(browser.find(By.id("givenName")).getDomProperty("value")).isEqualTo("Sandra");
	}

	@Test
	void aCertificateThatExpiresInThirtyDaysIsMarkedAsExpiringSoon() {
		TestOrganisation organisation = this.fixtures.organisation();
		Member coach = organisation.coach();
		String page = "/admin/staff/" + coach.personId();
		LocalDate validUntil = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(30);
		signIn(organisation.admin());
		browser.open(page);
		assertThat(browser.text(By.id("certificates"))).contains("Nog geen certificaten.");

		browser.type(By.id("name"), "Register Jobcoach (Noloc)");
		browser.type(By.id("registrationNumber"), "RJ-" + coach.personId());
		// A date input is typed in the browser's locale; setting its value is the same
		// in every locale.
		browser.script("arguments[0].value = arguments[1]", browser.find(By.id("validUntil")), validUntil.toString());
		browser.click(By.cssSelector("form[action$='" + page + "/certificates'] button[type=submit]"));

		assertThat(browser.location()).isEqualTo(page);
		assertThat(browser.text(SAVED)).isEqualTo("Het certificaat is toegevoegd.");
		WebElement certificate = browser.find(By.cssSelector("#certificates li.certificate"));
		assertThat(certificate.getText()).contains("Register Jobcoach (Noloc)", "RJ-" + coach.personId(), "geldig tot "
				+ validUntil.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("nl"))));
		assertThat(certificate.findElement(By.cssSelector(".badge.expiring")).getText())
			.isEqualTo("Verloopt binnenkort");

		browser.open("/admin/staff?q=" + coach.email());
		assertThat(browser.text(By.cssSelector("#staff-results tbody .badge.expiring")))
			.isEqualTo("Verloopt binnenkort");
	}

	@Test
	void deactivatingAStaffMemberAsksForConfirmationFirst() {
		TestOrganisation organisation = this.fixtures.organisation();
		String page = "/admin/staff/" + organisation.otherCoach().personId();
		By deactivate = By.cssSelector("form[action$='" + page + "/deactivate'] button");
		signIn(organisation.admin());
		browser.open(page);

		assertThat(browser.clickAndAnswer(deactivate, false))
			.isEqualTo("Deze medewerker kan daarna niet meer inloggen. Doorgaan?");
		browser.open(page);
		assertThat(browser.text(By.cssSelector("h1 + p .badge"))).as("cancelled").isEqualTo("Actief");

		browser.clickAndAnswer(deactivate, true);
		assertThat(browser.text(SAVED)).isEqualTo("De medewerker is gedeactiveerd en kan niet meer inloggen.");
		assertThat(browser.text(By.cssSelector("h1 + p .badge"))).isEqualTo("Gedeactiveerd");

		browser.signOut();
		browser.signIn(organisation.otherCoach().email(), Fixtures.PASSWORD);
		assertThat(browser.location()).as("a deactivated colleague cannot sign in").isEqualTo("/login?error");
	}

	private static void signIn(Member member) {
		browser.signIn(member.email(), Fixtures.PASSWORD);
		assertThat(browser.location()).isEqualTo("/");
	}

	private static By role(String role) {
		return By.cssSelector("input[name=roles][value=" + role + "]");
	}

	private static void check(By checkbox, boolean checked) {
		WebElement box = browser.find(checkbox);
		if (box.isSelected() != checked) {
			box.click();
		}
	}

	private static void assertFieldError(String field, String message) {
		assertThat(browser.text(By.id(field + "-error"))).isEqualTo(message);
		WebElement input = browser.find(By.id(field));
		assertThat(input.getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(input.getDomAttribute("aria-describedby")).isEqualTo(field + "-error");
	}

}
