package nl.tandem.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import nl.tandem.Fixtures.TestOrganisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coach takes a referral through intake, workplace assessment, the coaching plan and
 * its schedule, sign-off, pause, resume and closure, and sees each step in the timeline.
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
		writeAndAgreeThePlan();
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

	/**
	 * The plan: a learning goal and an agreement, the schedule generated after a preview,
	 * proposed, the three sign-offs, the PDF, and back to the trajectory.
	 */
	private void writeAndAgreeThePlan() {
		follow("Naar het plan");
		assertThat(main()).contains("Er is nog geen begeleidingsplan.");
		submit("Plan opstellen");
		assertThat(main()).contains("Er is een conceptversie van het plan gemaakt.", "Versie 1 · Concept",
				"De werkgever leert de deelnemer de vaktechnische taken van het werk aan.");
		assertAccessible();

		follow("Looptijd en verwachtingen wijzigen");
		date("startsOn", TODAY);
		date("endsOn", TODAY.minusDays(1));
		submit("Opslaan");
		assertThat(this.driver.findElement(By.id("endsOn-error")).getText()).isEqualTo("Het einde ligt voor de start.");
		assertAccessible();
		date("endsOn", TODAY.plusMonths(12));
		fill("expectationParticipant", "Dat ik het werk volhoud.");
		submit("Opslaan");
		assertThat(main()).contains("Looptijd en verwachtingen zijn opgeslagen.", "Dat ik het werk volhoud.");

		follow("Doel toevoegen");
		assertThat(main()).contains("leren vacatures te vinden die bij mij passen");
		assertAccessible();
		new Select(field("kind")).selectByValue("LEARNING");
		fill("description", "Leren aangeven wanneer het te druk wordt");
		fill("progressSign", "Ik meld het zelf, één keer per week.");
		submit("Opslaan");
		assertThat(main()).contains("Het doel is opgeslagen.", "Leren aangeven wanneer het te druk wordt", "Leerdoel");

		follow("Afspraak toevoegen");
		new Select(field("actor")).selectByValue("BUDDY");
		fill("what", "Is het eerste aanspreekpunt bij vragen.");
		submit("Opslaan");
		assertThat(main()).contains("De afspraak is opgeslagen.", "Collega/buddy");

		follow("Planning");
		assertAccessible();
		this.driver.findElement(By.cssSelector("button[hx-post]")).click();
		waitFor(By.cssSelector("#generator .preview"));
		assertThat(main()).contains("Zo ziet de planning eruit", "Totaal gepland");
		assertAccessible();
		submit("Planning opslaan");
		assertThat(main()).contains("De planning is opgeslagen.", "Opnieuw plannen");
		assertThat(this.driver.findElements(By.cssSelector("ol.sessions li"))).hasSizeGreaterThan(10);
		waitFor(By.cssSelector("canvas.hours-chart[data-drawn]"));
		assertAccessible();
		follow("Terug naar het plan");

		submit("Voorleggen aan deelnemer en werkgever");
		assertThat(main()).contains("Het plan is voorgelegd.", "Versie 1 · Voorgelegd");
		for (String party : new String[] { "Deelnemer", "Werkgever", "Jobcoach" }) {
			clickLink(By.cssSelector("a[aria-label='Akkoord vastleggen: " + party + "']"));
			assertAccessible();
			new Select(field("how")).selectByValue("IN_PERSON");
			submit("Opslaan");
		}
		assertThat(main()).contains("Alle drie zijn akkoord: het plan is akkoord.", "Versie 1 · Akkoord");
		String pdf = this.driver.findElement(By.linkText("Plan als pdf")).getDomAttribute("href");
		Object download = ((JavascriptExecutor) this.driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(async response => done({
				  type: response.headers.get('Content-Type'),
				  disposition: response.headers.get('Content-Disposition'),
				  start: new TextDecoder().decode((await response.arrayBuffer()).slice(0, 5))
				}));""", pdf);
		assertThat(download).asString().contains("type=application/pdf", "start=%PDF-", "begeleidingsplan-");
		follow("Terug naar het traject van Fleur Maas");
		assertThat(main()).contains("Versie 1 · Akkoord", "Volgend gesprek");
		String trajectory = path();

		open("/calendar");
		assertAccessible();
		submit("Link maken");
		assertThat(main()).contains("Je agenda-link is gemaakt.");
		String feed = field("feed-url").getDomProperty("value");
		assertAccessible();
		Object calendar = ((JavascriptExecutor) this.driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], { credentials: 'omit' }).then(async response => done(await response.text()));""",
				feed);
		assertThat(calendar).asString()
			.startsWith("BEGIN:VCALENDAR")
			.contains("BEGIN:VEVENT")
			.doesNotContain("Fleur", "Maas");
		open(trajectory);
	}

	private void clickLink(By by) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		this.driver.findElement(by).click();
		new org.openqa.selenium.support.ui.WebDriverWait(this.driver, java.time.Duration.ofSeconds(10))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
	}

	private void date(String id, LocalDate value) {
		((JavascriptExecutor) this.driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
				id, value.format(DateTimeFormatter.ISO_LOCAL_DATE));
	}

}
