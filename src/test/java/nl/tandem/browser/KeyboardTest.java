package nl.tandem.browser;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keyboard users reach the content without tabbing through the header on every page.
 */
class KeyboardTest extends BrowserTest {

	@Test
	void theFirstTabFocusesTheSkipLinkAndActivatingItMovesFocusToMain() {
		TestOrganisation organisation = this.fixtures.organisation();
		browser.open("/login");
		assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id"))
			.as("the login page starts in its first field (autofocus), so it needs no skip link")
			.isEqualTo("email");

		browser.signIn(organisation.admin().email(), Fixtures.PASSWORD);
		assertThat(browser.location()).isEqualTo("/");
		skipToContent();

		browser.open("/admin/staff");
		skipToContent();

		browser.open("/profile");
		skipToContent();
	}

	private static void skipToContent() {
		String page = browser.location();
		new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
		WebElement focused = browser.driver().switchTo().activeElement();
		assertThat(focused.getDomAttribute("class")).as("first Tab on %s", page).isEqualTo("skip-link");
		assertThat(focused.getText()).isEqualTo("Naar de inhoud");
		assertThat(focused.getRect().getX()).as("the focused skip link is on screen").isGreaterThanOrEqualTo(0);
		assertThat(focused.isDisplayed()).isTrue();

		new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
		assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id"))
			.as("focus after the skip link on %s", page)
			.isEqualTo("main");
		assertThat(browser.find(By.id("main")).getTagName()).isEqualTo("main");
	}

}
