package nl.tandem.browser;

import java.time.Duration;

import nl.tandem.Fixtures;
import nl.tandem.TestEndpoints;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user journey in a real browser (headless Chromium) against a real server on the
 * shared embedded PostgreSQL. Every page a journey opens is checked with axe-core: no
 * serious or critical violations.
 * <p>
 * The tests run whenever Chromium and its driver are installed; without them they are
 * skipped, except under {@code CI=true}, where a missing browser fails the build.
 */
@ExtendWith(RequiresChromium.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ Fixtures.class, TestEndpoints.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JourneyTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient journeyJdbc;

	@Autowired
	nl.tandem.identity.TwoFactor journeyTwoFactor;

	WebDriver driver;

	private Browser browser;

	@BeforeAll
	void startBrowser() {
		this.browser = Browser.start();
		this.driver = this.browser.driver();
	}

	@BeforeEach
	void freshSession() {
		this.driver.manage().window().setSize(new Dimension(1280, 900));
		open("/login");
		this.driver.manage().deleteAllCookies();
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	void logIn(String email, String password) {
		open("/login");
		field("email").sendKeys(email);
		field("password").sendKeys(password);
		this.driver.findElement(By.cssSelector("form button[type=submit]")).click();
	}

	/**
	 * Signs the member in; a privacy officer, who must use two-step sign-in, is set up
	 * for it first and then gives a code as the second step.
	 */
	void logIn(Fixtures.Member member) {
		String secret = null;
		if (member.user().has(nl.tandem.identity.Role.PRIVACY_OFFICER)) {
			secret = this.journeyJdbc
				.sql("select secret from two_factor where account_id = :account and confirmed_at is not null")
				.param("account", member.user().accountId())
				.query(String.class)
				.optional()
				.orElse(null);
			if (secret == null) {
				secret = this.journeyTwoFactor.enrolment(member.user(), member.email()).secret();
				this.journeyTwoFactor.confirm(member.user(), nl.tandem.identity.TwoFactorFixtures.code(secret, 0));
			}
			this.journeyJdbc.sql("update two_factor set last_step = 0 where account_id = :account")
				.param("account", member.user().accountId())
				.update();
		}
		logIn(member.email(), Fixtures.PASSWORD);
		if (secret != null) {
			waitFor(By.id("code")).sendKeys(nl.tandem.identity.TwoFactorFixtures.code(secret, 0));
			this.driver.findElement(By.cssSelector("form.card button[type=submit]")).click();
		}
		waitFor(By.tagName("h1"));
	}

	WebElement field(String id) {
		return this.driver.findElement(By.id(id));
	}

	void fill(String id, String value) {
		WebElement field = field(id);
		field.clear();
		field.sendKeys(value);
	}

	void submit(String text) {
		WebElement button = this.driver.findElements(By.cssSelector("main button[type=submit]"))
			.stream()
			.filter(candidate -> candidate.getText().trim().equals(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No button '" + text + "' on " + this.driver.getCurrentUrl()));
		clickAndArrive(button);
	}

	void follow(String text) {
		clickAndArrive(this.driver.findElement(By.linkText(text)));
	}

	/**
	 * Clicks and waits until the browser has left the current page, so that what follows
	 * reads the next one.
	 */
	private void clickAndArrive(WebElement target) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		target.click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
	}

	String heading() {
		return this.driver.findElement(By.tagName("h1")).getText();
	}

	String main() {
		return this.driver.findElement(By.tagName("main")).getText();
	}

	String path() {
		return this.driver.getCurrentUrl().replaceFirst("^http://localhost:\\d+", "");
	}

	WebElement waitFor(By by) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	void assertAccessible() {
		Axe.assertAccessible(this.driver);
	}

}
