package nl.tandem.browser;

import nl.tandem.Fixtures.Member;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.employer.Employers;
import nl.tandem.plan.Plans;
import nl.tandem.trajectory.EndReason;
import nl.tandem.trajectory.Retention;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coach records a participant's consent and its withdrawal; the privacy officer finds
 * the coach's reads of that participant's file in the access log, and anonymises a file
 * whose retention term has passed.
 */
class PrivacyJourneyTests extends JourneyTest {

	@Autowired
	Trajectories trajectories;

	@Autowired
	Employers employers;

	@Autowired
	Plans plans;

	@Autowired
	Retention retention;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aConsentIsRecordedAndWithdrawnAndThePrivacyOfficerSeesTheReadsAndAnonymisesAnOldFile() {
		TestOrganisation organisation = this.fixtures.organisation();
		Member officer = this.fixtures.privacyOfficer(organisation);
		TrajectoryFixtures make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		long id = make.planning(organisation, organisation.coach(), "Tessa", "Toestemming");
		long old = make.referral(organisation.coach(), "Oskar", "Oudlid");
		this.trajectories.close(organisation.coach().user(), old, make.version(organisation.coach().user(), old),
				EndReason.PARTICIPANT_STOPPED, null);
		this.jdbc.sql("update trajectory set closed_on = closed_on - interval '3 years' where id = :id")
			.param("id", old)
			.update();
		this.retention.listDue();

		logIn(organisation.coach());
		open("/trajectories/" + id);
		follow("Toestemmingen vastleggen of intrekken");
		assertThat(heading()).isEqualTo("Toestemmingen van Tessa Toestemming");
		assertAccessible();
		new Select(field("category")).selectByValue("EMPLOYER_SESSION_SUMMARIES");
		submit("Toestemming vastleggen");
		assertThat(main()).contains("De toestemming is vastgelegd.",
				"Delen met de werkgever: samenvattingen van gesprekken\ngegeven op");
		assertAccessible();
		submit("Intrekken");
		assertThat(main()).contains("De toestemming is ingetrokken.");
		assertThat(this.driver.findElement(By.cssSelector("table tbody tr")).getText()).contains("persoonlijk",
				"Sanne Coach");
		assertAccessible();
		open("/trajectories/" + id + "/intake");
		assertThat(heading()).contains("Intake");

		this.driver.manage().deleteAllCookies();
		logIn(officer);
		follow("Toegangslog");
		assertThat(heading()).isEqualTo("Toegangslog");
		assertAccessible();
		fill("participant", "Tessa");
		new Select(field("account")).selectByVisibleText("Sanne Coach");
		submit("Filteren");
		assertThat(main()).contains("Tessa Toestemming", "Intake (gezondheid)", "gelezen", "Toestemmingen",
				"gewijzigd");
		assertThat(main()).doesNotContain("Oskar Oudlid");
		assertAccessible();

		follow("Bewaartermijn");
		assertThat(main()).contains("Oskar Oudlid");
		assertAccessible();
		submit("Anonimiseren");
		assertThat(main()).contains("Het dossier is geanonimiseerd.",
				"Er zijn geen dossiers voorbij de bewaartermijn.");
		assertAccessible();
		fill("q", "Tessa");
		submit("Zoeken");
		follow("Wissen…");
		assertThat(heading()).isEqualTo("Dossier van Tessa Toestemming wissen");
		assertThat(main()).contains("Dit dossier heeft nog een open traject");
		assertAccessible();
		assertThat(this.jdbc
			.sql("select given_name from participant p join trajectory t on t.participant_id = p.id"
					+ " where t.id = :id")
			.param("id", old)
			.query(String.class)
			.single()).isEqualTo("Geanonimiseerd");
	}

}
