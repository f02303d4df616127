package nl.tandem.browser;

import java.time.Duration;
import java.time.LocalDate;

import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.employer.Employers;
import nl.tandem.plan.Plans;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coach holds the evaluation meeting: the result of the goal, what helped, and the
 * outcome with hours per week (first forgetting the outcome); records the satisfaction of
 * participant and employer after the first period and at the end; closes the trajectory
 * with the goals reached and sees the follow-ups scheduled. Every page is checked with
 * axe-core.
 */
class EvaluationJourneyTests extends JourneyTest {

	static final LocalDate TODAY = TrajectoryFixtures.TODAY;

	@Autowired
	Trajectories trajectories;

	@Autowired
	Employers employers;

	@Autowired
	Plans plans;

	@Test
	void aCoachHoldsTheEvaluationRecordsTheRatingsClosesTheTrajectoryAndSeesTheFollowUps() {
		TestOrganisation organisation = this.fixtures.organisation();
		TrajectoryFixtures make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		long id = make.active(organisation, organisation.coach(), "Eef", "Einde");
		var coach = organisation.coach().user();
		this.trajectories.startEvaluation(coach, id, make.version(coach, id));

		logIn(organisation.coach());
		open("/trajectories/" + id);
		assertThat(main()).contains("Evaluatie en nazorg", "Het evaluatiegesprek is nog niet vastgelegd.");
		assertAccessible();
		clickAndWait(By.linkText("Evaluatiegesprek vastleggen"));
		assertThat(heading()).isEqualTo("Evaluatiegesprek");
		assertThat(main()).contains("Leren aangeven wanneer het te druk wordt",
				"Werkwaarden-check-in bij de evaluatie");
		assertAccessible();

		new Select(field("goals0.result")).selectByVisibleText("Bereikt");
		fill("goals0.remark", "Meldt het nu zelf bij de leidinggevende.");
		fill("whatHelped", "De vaste maandag met de leidinggevende.");
		fill("employerContinues", "Elke maand een kort gesprek.");
		submit("Evaluatie afronden");
		assertThat(field("outcome-error").getText()).isEqualTo("Kies de uitkomst: waar staat de deelnemer nu?");
		assertThat(field("whatHelped").getAttribute("value")).as("what was written stays")
			.isEqualTo("De vaste maandag met de leidinggevende.");
		assertAccessible();
		new Select(field("outcome")).selectByVisibleText("Werkt bij dezelfde werkgever");
		fill("hoursPerWeek", "24");
		submit("Evaluatie afronden");

		assertThat(path()).isEqualTo("/trajectories/" + id);
		assertThat(main()).contains("Het evaluatiegesprek is afgerond.",
				"Werkt bij dezelfde werkgever, 24 uur per week");
		assertAccessible();

		rate("Periode 1", "8", "6");
		rate("Aan het eind", "9", "8");
		assertThat(main()).contains("De tevredenheid is opgeslagen.", "Aan het eind", "Norm: 6,5");
		assertThat(this.driver.findElement(By.cssSelector("table.ratings tfoot")).getText()).contains("8,5", "7,0");
		assertAccessible();

		open("/trajectories/" + id + "/close");
		assertAccessible();
		new Select(field("endReason")).selectByVisibleText("Doelen bereikt");
		submit("Afsluiten");
		assertThat(path()).isEqualTo("/trajectories/" + id);
		assertThat(main()).contains("Nazorg", "Na 6 maanden", "Na 12 maanden", "Na 24 maanden");
		assertAccessible();
	}

	private void rate(String moment, String participant, String employer) {
		clickAndWait(By.linkText("Tevredenheid vastleggen"));
		assertThat(heading()).isEqualTo("Tevredenheid vastleggen");
		assertAccessible();
		new Select(field("periodNumber")).selectByVisibleText(moment);
		fill("participantScore", participant);
		fill("employerScore", employer);
		submit("Opslaan");
		assertThat(main()).contains("De tevredenheid is opgeslagen.");
	}

	private void clickAndWait(By link) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		this.driver.findElement(link).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
	}

}
