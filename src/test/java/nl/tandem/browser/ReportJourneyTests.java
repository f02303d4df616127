package nl.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coach writes the progress report of the first grant period; the medical-content guard
 * flags a term the coach planted, the coach confirms it, and the report is kept and
 * downloaded. The team lead then looks at the team's figures.
 */
class ReportJourneyTests extends JourneyTest {

	@Autowired
	Trajectories trajectories;

	@Autowired
	Employers employers;

	@Autowired
	Plans plans;

	@Autowired
	Logbook logbook;

	@Test
	void aCoachWritesAProgressReportPastTheMedicalGuardAndTheTeamLeadSeesTheFigures() {
		TestOrganisation organisation = this.fixtures.organisation();
		TrajectoryFixtures make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		long id = make.active(organisation, organisation.coach(), "Rapport", "Lezer");
		this.logbook.register(organisation.coach().user(), id, new Logbook.NewEntry(TimeCategory.DIRECT,
				TrajectoryFixtures.TODAY, 120, "Gesprek op de werkplek", Set.of(), false));

		logIn(organisation.coach());
		open("/trajectories/" + id);
		follow("Naar de rapportages");
		assertThat(heading()).isEqualTo("Rapportages");
		assertAccessible();
		this.driver.findElement(By.partialLinkText("Voortgangsrapportage · Periode 1")).click();
		assertThat(heading()).isEqualTo("Voortgangsrapportage");
		assertThat(main()).contains("2 van 40 uur gebruikt");
		assertAccessible();
		fill("wentWell", "Zelfstandig de ochtendronde gedaan.");
		fill("attention", "Na de nieuwe medicatie soms moe in de middag.");
		fill("nextPeriod", "Pauzes vast inplannen.");
		submit("Rapportage maken");
		assertThat(main()).contains("Mogelijk medische termen gevonden", "\"medicatie\" mag blijven");
		assertThat(this.driver.findElement(By.id("confirmed-error")).getText()).contains("medicatie");
		assertAccessible();
		// the coach decides the term may stay
		this.driver.findElement(By.cssSelector("input[name=confirmed][value=medicatie]")).click();
		submit("Rapportage maken");
		assertThat(main()).contains("De rapportage is gemaakt en bewaard.", "Voortgang periode 1, versie 1",
				"medicatie");
		assertAccessible();
		String href = this.driver.findElement(By.linkText("pdf")).getDomAttribute("href");
		Object type = ((JavascriptExecutor) this.driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(response => done(response.headers.get('Content-Type')));""", href);
		assertThat(type).isEqualTo("application/pdf");

		this.driver.manage().deleteAllCookies();
		logIn(organisation.teamLead());
		open("/reports/analytics");
		assertThat(heading()).isEqualTo("Cijfers");
		assertThat(main()).contains("Gestart met begeleiding", "Caseload per jobcoach (norm 20)");
		waitFor(By.cssSelector("canvas.bar-chart[data-drawn]"));
		assertAccessible();
	}

}
