package nl.tandem.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for one test class, with the few actions the tests need. Every page
 * it arrives on, by address, link or form, is checked with axe-core before the test goes
 * on; a page whose markup and window size the browser has checked before (the login page
 * of every test) is not checked twice.
 */
final class Browser implements AutoCloseable {

	static final String CHROMIUM = System.getProperty("tandem.browser.chromium", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getProperty("tandem.browser.chromedriver", "/usr/bin/chromedriver");

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	/**
	 * What axe-core sees of a page: its markup (without the CSRF token, which differs per
	 * session) at the current window size.
	 */
	private static final String FINGERPRINT = """
			const page = document.documentElement.cloneNode(true);
			page.querySelectorAll('input[name=_csrf]').forEach(token => token.removeAttribute('value'));
			return window.innerWidth + 'x' + window.innerHeight + ' ' + page.outerHTML;""";

	private final ChromeDriverService service;

	private final ChromeDriver driver;

	private final Path profile;

	private final Set<String> checked = new HashSet<>();

	private String base = "http://localhost";

	private Browser(ChromeDriverService service, ChromeDriver driver, Path profile) {
		this.service = service;
		this.driver = driver;
		this.profile = profile;
	}

	static boolean installed() {
		return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
	}

	static Browser start() {
		Path profile;
		try {
			profile = Files.createTempDirectory("tandem-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,900", "--user-data-dir=" + profile);
		try {
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new Browser(service, driver, profile);
		}
		catch (RuntimeException ex) {
			service.stop();
			delete(profile);
			throw ex;
		}
	}

	ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * Points the browser at the application and forgets every cookie (session and
	 * language) of earlier tests.
	 */
	void reset(int port) {
		this.base = "http://localhost:" + port;
		this.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		this.driver.get("about:blank");
	}

	void open(String path) {
		this.driver.get(this.base + path);
		arrived();
	}

	/**
	 * Clicks a link or a submit button and waits until the next page has loaded.
	 */
	void click(By target) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		find(target).click();
		new WebDriverWait(this.driver, PATIENCE).until(ExpectedConditions.stalenessOf(page));
		arrived();
	}

	/**
	 * Clicks a button that asks for confirmation first, and answers the question.
	 * @return the question the browser asked
	 */
	String clickAndAnswer(By target, boolean accept) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		find(target).click();
		Alert alert = new WebDriverWait(this.driver, PATIENCE).until(ExpectedConditions.alertIsPresent());
		String question = alert.getText();
		if (accept) {
			alert.accept();
			new WebDriverWait(this.driver, PATIENCE).until(ExpectedConditions.stalenessOf(page));
			arrived();
		}
		else {
			alert.dismiss();
		}
		return question;
	}

	void type(By field, String text) {
		WebElement input = find(field);
		input.clear();
		input.sendKeys(text);
	}

	/**
	 * Signs in through the login form, opening it first unless the browser is already on
	 * it (after a failed attempt).
	 */
	void signIn(String email, String password) {
		if (!location().startsWith("/login")) {
			open("/login");
		}
		type(By.id("email"), email);
		type(By.id("password"), password);
		click(By.cssSelector("form.card button[type=submit]"));
	}

	void signOut() {
		click(By.cssSelector("form[action$='/logout'] button"));
	}

	WebElement find(By target) {
		return this.driver.findElement(target);
	}

	String text(By target) {
		return find(target).getText().strip();
	}

	boolean present(By target) {
		return !this.driver.findElements(target).isEmpty();
	}

	/**
	 * The path and query of the current page, e.g. {@code /login?error}.
	 */
	String location() {
		URI uri = URI.create(this.driver.getCurrentUrl());
		return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	String language() {
		return find(By.tagName("html")).getDomAttribute("lang");
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	private void arrived() {
		new WebDriverWait(this.driver, PATIENCE).until(
				driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
		if (this.checked.add((String) script(FINGERPRINT))) {
			Axe.assertAccessible(this.driver);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			this.service.stop();
			delete(this.profile);
		}
	}

	private static void delete(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ex) {
			// a temporary directory left behind is no reason to fail a test
		}
	}

}
