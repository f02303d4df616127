package nl.tandem.browser;

import nl.tandem.Fixtures.Member;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.coaching.Sessions;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Invitations;
import nl.tandem.participant.ConsentCategory;
import nl.tandem.participant.Consents;
import nl.tandem.plan.Plans;
import nl.tandem.platform.Mails;
import nl.tandem.portal.EmployerPortalFixtures;
import nl.tandem.portal.EmployerPortalFixtures.Employee;
import nl.tandem.trajectory.Trajectories;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static nl.tandem.portal.EmployerPortalFixtures.COACH_ONLY_NOTE;
import static nl.tandem.portal.EmployerPortalFixtures.EMPLOYER_AGREEMENT;
import static nl.tandem.portal.EmployerPortalFixtures.GOAL;
import static nl.tandem.portal.EmployerPortalFixtures.NETWORK_AGREEMENT;
import static nl.tandem.portal.EmployerPortalFixtures.PARTICIPANT_AGREEMENT;
import static nl.tandem.portal.EmployerPortalFixtures.SENSITIVE_NOTE;
import static nl.tandem.portal.EmployerPortalFixtures.SHARED_NOTE;
import static nl.tandem.portal.EmployerPortalFixtures.SUMMARY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An employer contact signs in and sees of the employee being coached only what the
 * participant shares, never a coach-only or sensitive note; the coach records that the
 * participant withdrew the consent for session summaries, and the contact then sees less;
 * the contact agrees to a proposed plan and rates the coaching; the privacy officer (with
 * two-step sign-in) finds the contact's reads in the access log.
 */
class EmployerPortalJourneyTests extends JourneyTest {

	@Autowired
	Trajectories trajectories;

	@Autowired
	Employers employers;

	@Autowired
	Plans plans;

	@Autowired
	Sessions sessions;

	@Autowired
	Consents consents;

	@Autowired
	Invitations invitations;

	@Autowired
	Mails mails;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theEmployerSeesOnlyWhatIsSharedAndLessAfterAWithdrawalAndThePrivacyOfficerSeesTheReads() {
		TestOrganisation organisation = this.fixtures.organisation();
		Member officer = this.fixtures.privacyOfficer(organisation);
		EmployerPortalFixtures make = new EmployerPortalFixtures(this.trajectories, this.employers, this.plans,
				this.sessions, this.consents, this.invitations, this.mails, this.jdbc);
		Employee mila = make.employee(organisation, "Mila");
		make.give(organisation.coach(), mila.participantId(), ConsentCategory.EMPLOYER_SESSION_SUMMARIES,
				ConsentCategory.EMPLOYER_PLAN_GOALS);

		signInAsContact(mila);
		open("/portal/employer");
		assertThat(heading()).isEqualTo("Welkom, Joost Werkgever");
		assertAccessible();
		follow("Mila");
		assertThat(heading()).isEqualTo("Mila");
		assertThat(main()).contains(SUMMARY, SHARED_NOTE, GOAL, EMPLOYER_AGREEMENT)
			.doesNotContain(COACH_ONLY_NOTE, SENSITIVE_NOTE, NETWORK_AGREEMENT, PARTICIPANT_AGREEMENT, "Werknemer");
		assertAccessible();
		submit("Gedaan");
		assertThat(main()).contains("De afspraak is afgevinkt.", "Toch nog niet gedaan");
		assertAccessible();
		fill("message", "Kunnen we bellen over het rooster?");
		submit("Vraag de jobcoach om contact");
		assertThat(main()).contains("Uw vraag is doorgegeven.");
		open("/portal/employer/schemes");

		assertThat(heading()).isEqualTo("Regelingen voor werkgevers");
		assertThat(main()).contains("No-riskpolis").doesNotContain("VDAB");
		assertAccessible();

		this.driver.manage().deleteAllCookies();
		logIn(organisation.coach());
		open("/signals");
		assertThat(main()).contains("Werkgever vraagt contact");
		open("/trajectories/" + mila.id() + "/consents");
		this.driver
			.findElement(By
				.xpath("//li[contains(., 'samenvattingen van gesprekken')]//button[normalize-space()='Intrekken']"))
			.click();
		assertThat(waitFor(By.cssSelector(".notice.success")).getText()).contains("De toestemming is ingetrokken.");

		this.driver.manage().deleteAllCookies();
		signInAsContact(mila);
		open("/portal/employer/employees/" + mila.id());
		assertThat(main()).contains(GOAL, "Mila deelt geen gespreksverslagen met u.")
			.doesNotContain(SUMMARY, SHARED_NOTE, COACH_ONLY_NOTE, SENSITIVE_NOTE);

		CurrentUser coach = organisation.coach().user();
		int number = this.plans.startDraft(coach, mila.id());
		this.plans.propose(coach, mila.id(), number, make.planVersion(coach, mila.id()));
		this.trajectories.startEvaluation(coach, mila.id(), this.trajectories.details(coach, mila.id()).version());
		open("/portal/employer/employees/" + mila.id());
		assertThat(main()).contains("wacht op uw instemming", "Uw oordeel over de begeleiding");
		assertAccessible();
		follow("Bekijk het voorstel");
		assertThat(heading()).isEqualTo("Voorstel voor het plan van Mila (versie " + number + ")");
		assertThat(main()).contains(GOAL, EMPLOYER_AGREEMENT).doesNotContain(PARTICIPANT_AGREEMENT, NETWORK_AGREEMENT);
		assertAccessible();
		submit("Ik stem in met dit plan");
		assertThat(main()).contains("Uw instemming is vastgelegd.", "U hebt met dit voorstel ingestemd.");
		fill("score", "8");
		fill("remark", "Prettig contact met de jobcoach");
		submit("Oordeel versturen");
		assertThat(main()).contains("Dank u wel. Uw oordeel is opgeslagen.").doesNotContain("Oordeel versturen");
		assertAccessible();

		this.driver.manage().deleteAllCookies();
		logIn(officer);
		follow("Toegangslog");
		fill("participant", "Mila");
		submit("Filteren");
		assertThat(main()).contains("Mila Werknemer", "Joost Werkgever", "Gespreksverslagen (werkgever)",
				"Doelen uit het plan (werkgever)", "gelezen");
		assertAccessible();
	}

	private void signInAsContact(Employee employee) {
		logIn(employee.contactEmail(), EmployerPortalFixtures.PASSWORD);
		waitFor(By.tagName("h1"));
		assertThat(path()).startsWith("/portal");
	}

}
