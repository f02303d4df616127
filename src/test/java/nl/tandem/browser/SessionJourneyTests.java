package nl.tandem.browser;

import java.time.LocalDate;

import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.employer.Employers;
import nl.tandem.plan.Goal;
import nl.tandem.plan.GoalArea;
import nl.tandem.plan.GoalKind;
import nl.tandem.plan.IntensityProfile;
import nl.tandem.plan.Plans;
import nl.tandem.plan.Schedules;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coach records a held session at the workplace: two goals worked on, a learning
 * moment, an action item and a note only the coach may read; the hours against the grant
 * change; the logbook is exported.
 */
class SessionJourneyTests extends JourneyTest {

	static final LocalDate TODAY = TrajectoryFixtures.TODAY;

	@Autowired
	Trajectories trajectories;

	@Autowired
	Employers employers;

	@Autowired
	Plans plans;

	@Autowired
	Schedules schedules;

	@Test
	void aCoachRecordsAHeldSessionAndSeesTheHoursChange() {
		TestOrganisation organisation = this.fixtures.organisation();
		var coach = organisation.coach().user();
		TrajectoryFixtures make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		long id = make.planning(organisation, organisation.coach(), "Ruben", "Rooster");
		int plan = this.plans.startDraft(coach, id);
		this.plans.describe(coach, id, plan, 0, TODAY, TODAY.plusMonths(6), null, null, null);
		this.plans.addGoal(coach, id, plan, 1,
				new Goal.Content(GoalArea.WORK, GoalKind.LEARNING, "Leren om hulp vragen", null, null, null));
		this.plans.addGoal(coach, id, plan, 2, new Goal.Content(GoalArea.PERSONAL, GoalKind.LEARNING,
				"Leren een vast dagritme aan te houden", null, null, null));
		this.schedules.generate(coach, id, -1, IntensityProfile.Preset.STANDARD.profile(), TODAY, TODAY.plusMonths(6));

		logIn(organisation.coach());
		open("/trajectories/" + id);
		assertThat(main()).contains("Gesprekken en uren", "Vast te leggen", "0 (0%)");
		assertAccessible();
		clickLink(By.cssSelector("a.button.primary[href*='sessions/new?planned=']"));
		assertThat(heading()).isEqualTo("Gesprek vastleggen");
		assertAccessible();

		fill("minutes", "9000");
		submit("Gesprek opslaan");
		assertThat(this.driver.findElement(By.id("minutes-error")).getText())
			.isEqualTo("Een gesprek duurt 5 minuten tot 12 uur.");
		assertAccessible();
		fill("minutes", "90");
		check("goals0.worked1");
		fill("goals0.score", "6");
		fill("goals0.note", "Vroeg zelf om uitleg");
		check("goals1.worked1");
		fill("goals1.score", "4");
		fill("note", "Slaapt slecht sinds de verhuizing.");
		new Select(field("visibility")).selectByValue("COACH_ONLY");
		check("sensitive1");
		new Select(field("learningGoal")).selectByIndex(1);
		fill("whatHappened", "Zei niets toen het te druk werd.");
		fill("whatLearned", "Een seintje aan de buddy is genoeg.");
		new Select(field("actionActor")).selectByValue("BUDDY");
		fill("actionWhat", "Om tien uur even checken hoe het gaat");
		submit("Gesprek opslaan");
		assertThat(main()).contains("Het gesprek is vastgelegd.", "Slaapt slecht sinds de verhuizing.",
				"Alleen de jobcoach", "Om tien uur even checken hoe het gaat", "1.5 (3%)");
		assertThat(this.driver.findElements(By.cssSelector("canvas.line-chart"))).as("burn-down and goal progress")
			.hasSize(2);
		waitFor(By.cssSelector("canvas.line-chart[data-drawn]"));
		assertAccessible();

		String csv = this.driver.findElement(By.linkText("Logboek (CSV)")).getDomAttribute("href");
		Object export = ((JavascriptExecutor) this.driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(async response => done(await response.text()));""", csv);
		assertThat(export).asString()
			.contains(TODAY + ";90;90;DIRECT;\"Leren om hulp vragen | Leren een vast dagritme aan te houden\"")
			.doesNotContain("Slaapt slecht");

		// the coach notices the session took two hours, corrects it and sees the hours
		// effect while typing
		clickLink(By.partialLinkText("Alle gesprekken"));
		assertThat(heading()).isEqualTo("Alle gesprekken");
		assertAccessible();
		clickLink(By.cssSelector("a.button[href$='/edit']"));
		assertThat(heading()).isEqualTo("Gesprek corrigeren");
		assertThat(field("minutes").getDomProperty("value")).isEqualTo("90");
		assertThat(this.driver.findElement(By.id("grant-check")).getText()).contains("1.5 van");
		fill("minutes", "120");
		field("minutes").sendKeys(Keys.TAB);
		new org.openqa.selenium.support.ui.WebDriverWait(this.driver, java.time.Duration.ofSeconds(10))
			.until(org.openqa.selenium.support.ui.ExpectedConditions
				.textToBePresentInElementLocated(By.id("grant-check"), "Na opslaan: 2 van"));
		assertAccessible();
		submit("Gesprek opslaan");
		assertThat(main()).contains("Het gesprek is gecorrigeerd.", "Gecorrigeerd op", "120 min");
		open("/trajectories/" + id);
		assertThat(main()).contains("2 (5%)");
	}

	private void check(String id) {
		WebElement box = field(id);
		if (!box.isSelected()) {
			box.click();
		}
	}

	private void clickLink(By by) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		this.driver.findElement(by).click();
		new org.openqa.selenium.support.ui.WebDriverWait(this.driver, java.time.Duration.ofSeconds(10))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
	}

}
