package nl.tandem.browser;

import java.time.Duration;
import java.time.LocalDate;

import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.employer.Employers;
import nl.tandem.participant.WorkValue;
import nl.tandem.plan.Plans;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coach takes the participant through the check-ins: the work values at the intake
 * (first forgetting a question, then seeing the radar and the capability set), two
 * balance check-ins after sessions (and their trend), and the questionnaire on working
 * together. Every page is checked with axe-core.
 */
class CheckInJourneyTests extends JourneyTest {

	static final LocalDate TODAY = TrajectoryFixtures.TODAY;

	@Autowired
	Trajectories trajectories;

	@Autowired
	Employers employers;

	@Autowired
	Plans plans;

	@Test
	void aCoachFillsInTheCheckInsAndSeesTheRadarTheTrendAndTheAlliance() {
		TestOrganisation organisation = this.fixtures.organisation();
		TrajectoryFixtures make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		long id = make.active(organisation, organisation.coach(), "Kim", "Klik");

		logIn(organisation.coach());
		open("/trajectories/" + id);
		assertThat(main()).contains("Monitoring: werkwaarden, balans en de klik", "Werkwaarden bij de intake");
		assertAccessible();
		clickAndWait(By.cssSelector("a[aria-label='Invullen: Werkwaarden bij de intake']"));
		assertThat(heading()).isEqualTo("Werkwaarden-check-in");
		assertAccessible();

		for (int i = 0; i < WorkValue.values().length; i++) {
			answer("values" + i + ".importance", (i == 5) ? 2 : 5);
			answer("values" + i + ".enabled", (i == 3) ? 2 : 4);
			if (i != 6) {
				answer("values" + i + ".realised", (i == 1) ? 3 : 4);
			}
		}
		submit("Opslaan");
		assertThat(this.driver.findElement(By.id("values6.realised-error")).getText())
			.isEqualTo("Kies een antwoord van 1 tot 5.");
		assertThat(field("values0.importance5").isSelected()).as("the answers given stay").isTrue();
		assertAccessible();
		answer("values6.realised", 5);
		fill("remark", "Collega's zijn het belangrijkst.");
		submit("Opslaan");

		assertThat(path()).startsWith("/trajectories/" + id + "/checkins/work-values");
		assertThat(main()).contains("De werkwaarden-check-in is opgeslagen.",
				"Capability set: belangrijk, kan in het werk én lukt", "Je kennis en vaardigheden gebruiken",
				"Waardevolle contacten op je werk: belangrijk, maar het werk geeft er te weinig kans voor",
				"Je kennis en vaardigheden ontwikkelen: het werk geeft de kans, maar het lukt nog niet");
		waitFor(By.cssSelector("canvas.radar-chart[data-drawn]"));
		assertAccessible();

		open("/trajectories/" + id);
		clickAndWait(By.linkText("Balans-check-in"));
		assertThat(heading()).isEqualTo("Balans-check-in");
		assertAccessible();
		answer("balance", 4);
		answer("load", 4);
		answer("sleep", 4);
		answer("energy", 4);
		submit("Opslaan");
		assertThat(main()).contains("De balans-check-in is opgeslagen.");
		clickAndWait(By.linkText("Balans-check-in"));
		answer("balance", 3);
		answer("load", 2);
		answer("sleep", 4);
		answer("energy", 3);
		fill("remark", "Drukke week");
		submit("Opslaan");
		assertThat(main()).contains("Let op bij: Belasting", "Drukke week");
		waitFor(By.cssSelector("canvas.line-chart[data-drawn]"));
		assertAccessible();

		open("/trajectories/" + id);
		assertThat(main()).contains("Let op bij: Belasting");
		clickAndWait(By.linkText("Vragenlijst over de samenwerking"));
		assertThat(heading()).isEqualTo("Vragenlijst over de samenwerking");
		assertThat(main()).contains("Ik vertrouw mijn jobcoach.");
		assertAccessible();
		for (String item : new String[] { "goalsShared", "goalsClear", "tasksHelpful", "tasksAgreed", "bondTrust",
				"bondRespect" }) {
			answer(item, 4);
		}
		submit("Opslaan");
		assertThat(main()).contains("De vragenlijst over de samenwerking is opgeslagen.", "Laatste score: 4,00");
		assertAccessible();

		open("/trajectories/" + id);
		assertThat(main()).contains("Laatste check-in: Intake", "Laatste score: 4,00", "Let op bij: Belasting");
		waitFor(By.cssSelector("canvas.line-chart[data-drawn]"));
		assertAccessible();
	}

	/**
	 * Ticks an answer on the scale of a question.
	 */
	private void answer(String question, int score) {
		WebElement radio = field(question + score);
		radio.click();
		assertThat(radio.isSelected()).as(question).isTrue();
	}

	private void clickAndWait(By link) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		this.driver.findElement(link).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
	}

}
