package nl.tandem.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import nl.tandem.Fixtures;
import nl.tandem.TestEndpoints;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ Fixtures.class, TestEndpoints.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JourneyTest {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	WebDriver driver;

	private Path profile;

	@BeforeAll
	void startBrowser() throws IOException {
		boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true but Chromium or chromedriver is missing: install the Debian "
					+ "packages chromium and chromium-driver (.ci/run does)");
		}
		Assumptions.assumeTrue(present, "Chromium is not installed; browser tests skipped");
		this.profile = Files.createTempDirectory("tandem-chromium");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--disable-quic", "--lang=nl", "--window-size=1280,900", "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	@BeforeEach
	void freshSession() {
		this.driver.manage().window().setSize(new Dimension(1280, 900));
		open("/login");
		this.driver.manage().deleteAllCookies();
	}

	@AfterAll
	void stopBrowser() throws IOException {
		if (this.driver != null) {
			this.driver.quit();
		}
		if (this.profile != null) {
			try (var files = Files.walk(this.profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
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

	void logIn(Fixtures.Member member) {
		logIn(member.email(), Fixtures.PASSWORD);
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
		this.driver.findElements(By.cssSelector("main button[type=submit]"))
			.stream()
			.filter(button -> button.getText().trim().equals(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No button '" + text + "' on " + this.driver.getCurrentUrl()))
			.click();
	}

	void follow(String text) {
		this.driver.findElement(By.linkText(text)).click();
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

	/**
	 * Checks the current page with axe-core and fails on serious or critical violations,
	 * naming each rule and the elements that break it.
	 */
	void assertAccessible() {
		Results results = new AxeBuilder().disableIframeTesting().analyze(this.driver);
		assertThat(results.isErrored()).as("axe-core ran: %s", results.getErrorMessage()).isFalse();
		String violations = results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(JourneyTest::describe)
			.collect(Collectors.joining("\n"));
		assertThat(violations).as("serious or critical accessibility violations on " + path()).isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): "
				+ rule.getNodes()
					.stream()
					.map(node -> node.getHtml() + " — " + node.getFailureSummary())
					.collect(Collectors.joining("; "));
	}

}
