package nl.tandem.browser;

import java.time.LocalDate;

import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.employer.Employers;
import nl.tandem.plan.IntensityProfile;
import nl.tandem.plan.Plans;
import nl.tandem.plan.Schedules;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coach writes and agrees an early-warning plan with the participant; a new manager
 * arrives, Tandem proposes extra coaching, and the coach accepts it after seeing what it
 * does to the hours against the grant; the extra sessions are in the schedule; later the
 * coach records that the participant is in the orange zone.
 */
class EarlyWarningJourneyTests extends JourneyTest {

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
	void aCoachAgreesAPlanAcceptsExtraCoachingAfterANewManagerAndRecordsOrange() {
		TestOrganisation organisation = this.fixtures.organisation();
		TrajectoryFixtures make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		long id = make.active(organisation, organisation.coach(), "Vera", "Vroeg");
		this.schedules.generate(organisation.coach().user(), id, -1, IntensityProfile.parse("1@60"), TODAY,
				TODAY.plusMonths(2));

		logIn(organisation.coach());
		open("/trajectories/" + id);
		assertThat(main()).contains("Vroegsignalering", "Nog geen zone vastgelegd.");
		assertAccessible();
		follow("Signaleringsplan en zones");
		assertThat(heading()).startsWith("Signaleringsplan");
		assertAccessible();
		submit("Signaleringsplan opstellen");
		assertThat(main()).contains("Versie 1 · Concept");
		assertAccessible();
		for (String zone : new String[] { "Groen", "Oranje", "Rood" }) {
			follow(zone + " invullen");
			assertThat(heading()).isEqualTo(zone + " invullen");
			fill("behaviour", "Gedrag bij " + zone.toLowerCase());
			fill("participant", "Zelf doen bij " + zone.toLowerCase());
			if (zone.equals("Oranje")) {
				assertAccessible();
			}
			submit("Zone opslaan");
		}
		follow("Akkoord vastleggen");
		assertAccessible();
		submit("Akkoord vastleggen");
		assertThat(main()).contains("Het signaleringsplan is afgesproken.", "Versie 1 · Afgesproken",
				"Gedrag bij oranje");
		assertAccessible();

		open("/trajectories/" + id + "/schedule");
		int planned = this.driver.findElements(By.cssSelector("ol.sessions > li")).size();
		open("/trajectories/" + id + "/event");
		new Select(field("kind")).selectByValue("NEW_MANAGER");
		fill("note", "De vaste leidinggevende is vertrokken.");
		assertAccessible();
		submit("Gebeurtenis opslaan");
		assertThat(main()).contains("Voorstel: tijdelijk extra begeleiding",
				"Nieuwe leidinggevende op " + TODAY.getDayOfMonth(), "1 keer per week 60 minuten, 4 weken lang",
				"4 uur extra gepland.", "Gepland met extra");
		assertAccessible();
		submit("Aannemen");
		assertThat(main()).contains("De extra begeleiding is aangenomen en staat in de planning.",
				"Extra begeleiding aangenomen");
		assertAccessible();
		open("/trajectories/" + id + "/schedule");
		assertThat(this.driver.findElements(By.cssSelector("ol.sessions > li"))).hasSize(planned + 4);
		assertAccessible();

		open("/trajectories/" + id);
		follow("Zone vastleggen");
		assertThat(heading()).isEqualTo("Zone vastleggen");
		assertAccessible();
		this.driver.findElement(By.cssSelector("input[name=zone][value=ORANGE]")).click();
		fill("remark", "Onrustig sinds de nieuwe leidinggevende.");
		submit("Zone opslaan");
		assertThat(path()).isEqualTo("/trajectories/" + id);
		assertThat(main()).contains("De zone is vastgelegd.");
		assertThat(this.driver.findElement(By.cssSelector("#warning-heading + dl .zone")).getText())
			.isEqualTo("Oranje");
		assertThat(this.driver.findElements(By.cssSelector("ol.zone-band > li.zone-orange"))).hasSize(1);
		assertAccessible();

		// the orange zone is a signal on the coach's home page; the coach acknowledges it
		// with a note
		open("/");
		WebElement signal = this.driver.findElements(By.cssSelector("ol.signals > li"))
			.stream()
			.filter(li -> li.getText().contains("Oranje zone"))
			.findFirst()
			.orElseThrow();
		assertThat(signal.getText()).contains("sinds " + TODAY.getDayOfMonth());
		assertAccessible();
		signal.findElement(By.tagName("summary")).click();
		WebElement note = signal.findElement(By.tagName("textarea"));
		note.sendKeys("Gebeld; extra gesprek deze week.");
		signal.findElement(By.cssSelector("button[type=submit]")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(this.driver, java.time.Duration.ofSeconds(10))
			.until(driver -> main().contains("Het signaal is afgehandeld."));
		assertThat(this.driver.findElements(By.cssSelector("ol.signals > li")))
			.noneMatch(li -> li.getText().contains("Oranje zone"));
		assertAccessible();
	}

}
