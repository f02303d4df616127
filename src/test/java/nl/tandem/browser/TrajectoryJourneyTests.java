package nl.tandem.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import nl.tandem.Fixtures.TestOrganisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coach takes a referral through intake, workplace assessment, plan agreement, pause,
 * resume and closure, and sees each step in the timeline.
 */
class TrajectoryJourneyTests extends JourneyTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

	@Test
	void aCoachTakesAReferralFromIntakeToClosureAndSeesEveryStepInTheTimeline() {
		TestOrganisation organisation = this.fixtures.organisation();
		logIn(organisation.coach());
		open("/trajectories/new");
		assertAccessible();
		fill("givenName", "Fleur");
		fill("familyName", "Maas");
		new Select(field("referrerKind")).selectByValue("MUNICIPALITY");
		fill("reason", "Wil graag blijven werken in de groenvoorziening.");
		submit("Aanmelden");
		assertThat(heading()).isEqualTo("Fleur Maas");
		assertThat(main()).contains("De aanmelding is vastgelegd.", "Aangemeld");
		assertAccessible();

		submit("Intake starten");
		assertThat(main()).contains("De intake is gestart.");
		follow("Intake");
		assertAccessible();
		fill("supportNeeds", "Steun bij het aangeven van grenzen.");
		fill("health", "Vermoeid na drukke dagen.");
		submit("Concept opslaan");
		assertThat(main()).contains("Het concept van de intake is opgeslagen.");
		submit("Intake afronden");
		assertThat(this.driver.findElement(By.id("supportNeeds-error")).getText())
			.contains("Vul de hulpvraag, de wensen en de eigen agenda");
		fill("wishes", "Buiten werken, vaste collega's.");
		fill("ownAgenda", "Leren zeggen wanneer het te veel wordt.");
		submit("Intake afronden");
		assertThat(main()).contains("De intake is afgerond; het traject is in de planfase.");

		follow("Werkplekanalyse");
		assertAccessible();
		fill("tasks", "Snoeien, maaien en vegen in een vast team.");
		new Select(field("match")).selectByValue("GOOD");
		submit("Opslaan");
		assertThat(main()).contains("De werkplekanalyse is opgeslagen.");

		submit("Begeleiding starten");
		assertThat(main()).contains("Er is nog geen plan waarmee deelnemer, werkgever en jobcoach akkoord zijn.");
		follow("Akkoord op het plan vastleggen");
		assertAccessible();
		submit("Vastleggen");
		submit("Begeleiding starten");
		assertThat(main()).contains("De begeleiding is gestart.");

		follow("Pauzeren");
		assertAccessible();
		fill("reason", "Herstel na een operatie.");
		date("expectedResume", TODAY.minusDays(1));
		submit("Pauzeren");
		assertThat(this.driver.findElement(By.id("expectedResume-error")).getText())
			.isEqualTo("De datum van hervatten moet in de toekomst liggen.");
		assertAccessible();
		date("expectedResume", TODAY.plusWeeks(3));
		submit("Pauzeren");
		assertThat(main()).contains("De begeleiding is gepauzeerd.", "Gepauzeerd");
		submit("Hervatten");
		assertThat(main()).contains("De begeleiding is hervat.");

		follow("Afsluiten");
		new Select(field("endReason")).selectByValue("PARTICIPANT_STOPPED");
		submit("Afsluiten");
		assertThat(main()).contains("Het traject is afgesloten.");
		String timeline = this.driver.findElement(By.cssSelector("ol.timeline")).getText();
		assertThat(timeline).contains("Aangemeld", "Intake gestart", "Intake afgerond, plan maken",
				"Begeleiding gestart", "Gepauzeerd", "Herstel na een operatie.", "Afgesloten", "door Sanne Coach");
		assertAccessible();

		open("/");
		assertThat(main()).contains("Mijn trajecten").doesNotContain("Fleur Maas");
	}

	private void date(String id, LocalDate value) {
		((JavascriptExecutor) this.driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
				id, value.format(DateTimeFormatter.ISO_LOCAL_DATE));
	}

}
