package nl.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.coaching.Logbook;
import nl.tandem.coaching.TimeCategory;
import nl.tandem.employer.Employers;
import nl.tandem.plan.Plans;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coach holds the evaluation, closes the trajectory and writes the final report: the
 * medical guard flags a term the coach planted, the coach removes it, and the PDF is kept
 * and downloaded. The team lead then sees the outcome in the figures and prepares a
 * research export. Every page is checked with axe-core.
 */
class FinalReportJourneyTests extends JourneyTest {

	@Autowired
	Trajectories trajectories;

	@Autowired
	Employers employers;

	@Autowired
	Plans plans;

	@Autowired
	Logbook logbook;

	@Test
	void aCoachEvaluatesClosesAndWritesTheFinalReportAndTheTeamLeadSeesTheOutcome() {
		TestOrganisation organisation = this.fixtures.organisation();
		TrajectoryFixtures make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		long id = make.active(organisation, organisation.coach(), "Fenna", "Finaal");
		var coach = organisation.coach().user();
		this.logbook.register(coach, id, new Logbook.NewEntry(TimeCategory.DIRECT, TrajectoryFixtures.TODAY, 150,
				"Gesprek op de werkplek", Set.of(), false));
		this.trajectories.startEvaluation(coach, id, make.version(coach, id));

		logIn(organisation.coach());
		open("/trajectories/" + id + "/evaluation");
		assertThat(heading()).isEqualTo("Evaluatiegesprek");
		new Select(field("goals0.result")).selectByVisibleText("Bereikt");
		fill("whatHelped", "De vaste maandag met de leidinggevende.");
		fill("employerContinues", "Elke maand een kort gesprek.");
		new Select(field("outcome")).selectByVisibleText("Werkt bij dezelfde werkgever");
		fill("hoursPerWeek", "24");
		submit("Evaluatie afronden");
		assertThat(main()).contains("Het evaluatiegesprek is afgerond.");

		open("/trajectories/" + id + "/close");
		new Select(field("endReason")).selectByVisibleText("Doelen bereikt");
		submit("Afsluiten");
		assertThat(path()).isEqualTo("/trajectories/" + id);
		assertAccessible();

		clickAndWait(By.linkText("Eindrapportage schrijven"));
		assertThat(heading()).isEqualTo("Eindrapportage");
		assertThat(main()).contains("Resultaat per doel", "Leren aangeven wanneer het te druk wordt", "Bereikt",
				"Uren begeleiding: 2.5 in totaal", "Werkt bij dezelfde werkgever");
		assertThat(field("whatHelped").getAttribute("value")).isEqualTo("De vaste maandag met de leidinggevende.");
		assertAccessible();
		fill("conclusion", "Werkt stabiel sinds de nieuwe medicatie.");
		submit("Rapportage maken");
		assertThat(main()).contains("Mogelijk medische termen gevonden", "\"medicatie\" mag blijven");
		assertAccessible();
		// the coach takes the term out rather than confirming it
		fill("conclusion", "Werkt stabiel en vraagt zelf om hulp.");
		submit("Rapportage maken");
		assertThat(main()).contains("De rapportage is gemaakt en bewaard.", "Eindrapportage, versie 1");
		assertAccessible();
		String href = this.driver.findElement(By.linkText("pdf")).getDomAttribute("href");
		Object type = ((JavascriptExecutor) this.driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(response => done(response.headers.get('Content-Type')));""", href);
		assertThat(type).isEqualTo("application/pdf");

		this.driver.manage().deleteAllCookies();
		logIn(organisation.teamLead());
		open("/reports/analytics");
		assertThat(main()).contains("Waar de deelnemers na de begeleiding terechtkwamen");
		assertThat(this.driver.findElement(By.cssSelector("[aria-labelledby=outcomes-heading] table")).getText())
			.contains("Werkt bij dezelfde werkgever 1 100%");
		waitFor(By.cssSelector("canvas.scatter-chart[data-drawn]"));
		waitFor(By.cssSelector("canvas.bar-chart[data-drawn]"));
		assertAccessible();

		clickAndWait(By.linkText("Onderzoeksexport (geanonimiseerd)"));
		assertThat(heading()).isEqualTo("Onderzoeksexport");
		assertAccessible();
		submit("Export voorbereiden");
		assertThat(main()).contains("Klaar om te downloaden");
		assertAccessible();
		String csv = this.driver.findElement(By.id("download")).getDomAttribute("href");
		Object body = ((JavascriptExecutor) this.driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(response => response.text()).then(done);""", csv);
		assertThat(String.valueOf(body)).startsWith("pseudonym;funder;");
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBe(By.cssSelector("#export-progress label"), "Klaar"));
		assertAccessible();
	}

	private void clickAndWait(By link) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		this.driver.findElement(link).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
	}

}
