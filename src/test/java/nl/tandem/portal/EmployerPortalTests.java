package nl.tandem.portal;

import java.util.List;

import jakarta.servlet.http.Cookie;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.coaching.Sessions;
import nl.tandem.employer.ContactDetails;
import nl.tandem.employer.ContactRole;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Invitations;
import nl.tandem.participant.ConsentCategory;
import nl.tandem.participant.Consents;
import nl.tandem.plan.Actor;
import nl.tandem.plan.GoalStatus;
import nl.tandem.plan.Party;
import nl.tandem.plan.PlanStatus;
import nl.tandem.plan.Plans;
import nl.tandem.plan.SignOffMethod;
import nl.tandem.platform.Mails;
import nl.tandem.platform.NotFoundException;
import nl.tandem.portal.EmployerPortalFixtures.Employee;
import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static nl.tandem.portal.EmployerPortalFixtures.COACH_ONLY_NOTE;
import static nl.tandem.portal.EmployerPortalFixtures.EMPLOYER_AGREEMENT;
import static nl.tandem.portal.EmployerPortalFixtures.GOAL;
import static nl.tandem.portal.EmployerPortalFixtures.NETWORK_AGREEMENT;
import static nl.tandem.portal.EmployerPortalFixtures.PARTICIPANT_AGREEMENT;
import static nl.tandem.portal.EmployerPortalFixtures.SENSITIVE_NOTE;
import static nl.tandem.portal.EmployerPortalFixtures.SHARED_NOTE;
import static nl.tandem.portal.EmployerPortalFixtures.SUMMARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The employer portal: the employer contact sees the employees of their own employer
 * only, and of them only what the participant consents to share, from the moment of
 * consent until the moment of withdrawal; never a coach-only or sensitive note. The
 * contact ticks off the employer's agreements, agrees to a proposed plan and rates the
 * coaching; every read of shared parts is in the access log.
 */
@TandemTest
class EmployerPortalTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	MockMvc mvc;

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

	@Autowired
	EmployerPortal portal;

	TestOrganisation organisation;

	EmployerPortalFixtures make;

	@BeforeEach
	void organisation() {
		this.organisation = this.fixtures.organisation();
		this.make = new EmployerPortalFixtures(this.trajectories, this.employers, this.plans, this.sessions,
				this.consents, this.invitations, this.mails, this.jdbc);
	}

	@Test
	void withoutConsentTheEmployerSeesOnlyItsOwnAgreementsAndNothingElseIsRead() throws Exception {
		Employee mila = this.make.employee(this.organisation, "Mila");
		EmployerPortal.EmployeePage page = this.portal.employee(mila.contact(), mila.id());
		assertThat(page.employee().givenName()).isEqualTo("Mila");
		assertThat(page.agreed().employerAgreements()).extracting(a -> a.what()).contains(EMPLOYER_AGREEMENT);
		assertThat(page.agreed().goals()).isEmpty();
		assertThat(page.agreed().otherAgreements()).isEmpty();
		assertThat(page.summaries()).isEmpty();
		assertThat(page.sharesSummaries()).isFalse();

		this.mvc.perform(get("/portal/employer/employees/" + mila.id()).cookie(session(mila)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(EMPLOYER_AGREEMENT)))
			.andExpect(content().string(allOf(not(containsString(GOAL)), not(containsString(PARTICIPANT_AGREEMENT)),
					not(containsString(NETWORK_AGREEMENT)), not(containsString(SUMMARY)),
					not(containsString(SHARED_NOTE)), not(containsString(COACH_ONLY_NOTE)),
					not(containsString(SENSITIVE_NOTE)), not(containsString("Werknemer")))))
			.andExpect(content().string(containsString("Mila deelt geen gespreksverslagen met u.")));
	}

	@Test
	void eachCategoryOpensOnlyItsOwnPart() {
		Employee mila = this.make.employee(this.organisation, "Mila");
		CurrentUser contact = mila.contact();

		this.make.give(this.organisation.coach(), mila.participantId(), ConsentCategory.EMPLOYER_PLAN_GOALS);
		EmployerPortal.EmployeePage goals = this.portal.employee(contact, mila.id());
		assertThat(goals.agreed().goals()).singleElement().satisfies(goal -> {
			assertThat(goal.description()).isEqualTo(GOAL);
			assertThat(goal.status()).as("progress is not shared").isNull();
			assertThat(goal.score()).isNull();
		});
		assertThat(goals.agreed().otherAgreements()).isEmpty();
		assertThat(goals.summaries()).isEmpty();

		this.make.withdraw(this.organisation.coach(), mila.participantId(), ConsentCategory.EMPLOYER_PLAN_GOALS);
		this.make.give(this.organisation.coach(), mila.participantId(), ConsentCategory.EMPLOYER_PROGRESS);
		EmployerPortal.EmployeePage progress = this.portal.employee(contact, mila.id());
		assertThat(progress.agreed().goals()).singleElement().satisfies(goal -> {
			assertThat(goal.description()).as("goals are not shared").isNull();
			assertThat(goal.status()).isEqualTo(GoalStatus.IN_PROGRESS);
			assertThat(goal.score()).isEqualTo(6);
		});

		this.make.withdraw(this.organisation.coach(), mila.participantId(), ConsentCategory.EMPLOYER_PROGRESS);
		this.make.give(this.organisation.coach(), mila.participantId(), ConsentCategory.EMPLOYER_AGREEMENTS);
		EmployerPortal.EmployeePage agreements = this.portal.employee(contact, mila.id());
		assertThat(agreements.agreed().goals()).isEmpty();
		assertThat(agreements.agreed().otherAgreements()).extracting(a -> a.actor())
			.contains(Actor.PARTICIPANT)
			.doesNotContain(Actor.NETWORK);
		assertThat(agreements.agreed().otherAgreements()).extracting(a -> a.what())
			.contains(PARTICIPANT_AGREEMENT)
			.doesNotContain(NETWORK_AGREEMENT);
		assertThat(agreements.summaries()).isEmpty();

		this.make.withdraw(this.organisation.coach(), mila.participantId(), ConsentCategory.EMPLOYER_AGREEMENTS);
		this.make.give(this.organisation.coach(), mila.participantId(), ConsentCategory.EMPLOYER_SESSION_SUMMARIES);
		EmployerPortal.EmployeePage summaries = this.portal.employee(contact, mila.id());
		assertThat(summaries.agreed().goals()).isEmpty();
		assertThat(summaries.agreed().otherAgreements()).isEmpty();
		assertThat(summaries.summaries()).singleElement().satisfies(summary -> {
			assertThat(summary.summary()).isEqualTo(SUMMARY);
			assertThat(summary.notes()).containsExactly(SHARED_NOTE);
		});
	}

	@Test
	void aCoachOnlyOrSensitiveNoteNeverReachesTheEmployerWhateverIsShared() throws Exception {
		Employee mila = this.make.employee(this.organisation, "Mila");
		this.make.give(this.organisation.coach(), mila.participantId(),
				ConsentCategory.EMPLOYER.toArray(ConsentCategory[]::new));
		this.mvc.perform(get("/portal/employer/employees/" + mila.id()).cookie(session(mila)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(GOAL), containsString("Bezig"),
					containsString(PARTICIPANT_AGREEMENT), containsString(SUMMARY), containsString(SHARED_NOTE))))
			.andExpect(content().string(allOf(not(containsString(COACH_ONLY_NOTE)), not(containsString(SENSITIVE_NOTE)),
					not(containsString(NETWORK_AGREEMENT)), not(containsString("Notitie van de coach")),
					not(containsString("Slaapt slecht")))));
	}

	@Test
	void aWithdrawnConsentHoldsFromTheNextPageOn() throws Exception {
		Employee mila = this.make.employee(this.organisation, "Mila");
		Cookie contact = session(mila);
		this.make.give(this.organisation.coach(), mila.participantId(), ConsentCategory.EMPLOYER_SESSION_SUMMARIES,
				ConsentCategory.EMPLOYER_PLAN_GOALS);
		this.mvc.perform(get("/portal/employer/employees/" + mila.id()).cookie(contact))
			.andExpect(content().string(allOf(containsString(SUMMARY), containsString(GOAL))));

		Cookie coach = this.logins.session(this.organisation.coach());
		var consent = this.consents.current(this.organisation.id(), mila.participantId())
			.get(ConsentCategory.EMPLOYER_SESSION_SUMMARIES);
		this.mvc
			.perform(post("/trajectories/" + mila.id() + "/consents/" + consent.id() + "/withdraw").cookie(coach)
				.with(csrf())
				.param("version", String.valueOf(consent.version()))
				.param("on", EmployerPortalFixtures.TODAY.toString())
				.param("how", "IN_PERSON"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/portal/employer/employees/" + mila.id()).cookie(contact))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(SUMMARY))))
			.andExpect(content().string(not(containsString(SHARED_NOTE))))
			.andExpect(content().string(containsString(GOAL)));
	}

	@Test
	void theEmployerSeesItsOwnEmployeesOnlyAndEverythingElseIsNotFound() throws Exception {
		Employee mila = this.make.employee(this.organisation, "Mila");
		Cookie contact = session(mila);
		TrajectoryFixtures trajectoryFixtures = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		long elsewhere = trajectoryFixtures.active(this.organisation, this.organisation.coach(), "Ander", "Bedrijf");
		TestOrganisation other = this.fixtures.organisation();
		long otherOrganisation = trajectoryFixtures.active(other, other.coach(), "Vreemd", "Elders");

		this.mvc.perform(get("/portal/employer").cookie(contact))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mila")))
			.andExpect(content().string(not(containsString("Ander"))));
		for (long id : new long[] { elsewhere, otherOrganisation, 999_999_999L }) {
			this.mvc.perform(get("/portal/employer/employees/" + id).cookie(contact)).andExpect(status().isNotFound());
			this.mvc
				.perform(post("/portal/employer/employees/" + id + "/agreements").cookie(contact)
					.with(csrf())
					.param("number", "1")
					.param("position", "0")
					.param("done", "true")
					.param("version", "0"))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(post("/portal/employer/employees/" + id + "/rating").cookie(contact)
					.with(csrf())
					.param("periodNumber", "0")
					.param("score", "8"))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(post("/portal/employer/employees/" + id + "/plan/1/agree").cookie(contact)
					.with(csrf())
					.param("version", "0"))
				.andExpect(status().isNotFound());
		}
		assertThatThrownBy(() -> this.portal.employee(mila.contact(), elsewhere)).isInstanceOf(NotFoundException.class);

		this.mvc
			.perform(get("/portal/employer/employees/" + mila.id())
				.cookie(this.logins.session(this.organisation.coach())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/portal/employer").cookie(this.logins.session(this.organisation.admin())))
			.andExpect(status().isForbidden());
	}

	@Test
	void aContactMadeInactiveNoLongerSeesTheEmployees() throws Exception {
		Employee mila = this.make.employee(this.organisation, "Mila");
		Cookie contact = session(mila);
		var view = this.employers.contact(this.organisation.id(), mila.contact().personId()).orElseThrow();
		this.employers.deactivateContact(this.organisation.admin().user(), mila.employerId(), view.id(),
				view.version());
		this.mvc.perform(get("/portal/employer/employees/" + mila.id()).cookie(contact))
			.andExpect(status().isNotFound());
	}

	@Test
	void ticksOffAnAgreementOnceAndAStaleTickIsRefused() throws Exception {
		Employee mila = this.make.employee(this.organisation, "Mila");
		Cookie contact = session(mila);
		var agreed = this.portal.employee(mila.contact(), mila.id()).agreed();
		var agreement = agreed.employerAgreements()
			.stream()
			.filter(a -> a.what().equals(EMPLOYER_AGREEMENT))
			.findFirst()
			.orElseThrow();
		assertThat(agreement.done()).isFalse();
		this.mvc
			.perform(post("/portal/employer/employees/" + mila.id() + "/agreements").cookie(contact)
				.with(csrf())
				.param("number", String.valueOf(agreed.number()))
				.param("position", String.valueOf(agreement.position()))
				.param("done", "true")
				.param("version", String.valueOf(agreement.version())))
			.andExpect(redirectedUrl("/portal/employer/employees/" + mila.id() + "#agreements"))
			.andExpect(flash().attribute("saved", "employerPortal.agreement.done"));
		this.mvc
			.perform(post("/portal/employer/employees/" + mila.id() + "/agreements").cookie(contact)
				.with(csrf())
				.param("number", String.valueOf(agreed.number()))
				.param("position", String.valueOf(agreement.position()))
				.param("done", "false")
				.param("version", String.valueOf(agreement.version())))
			.andExpect(flash().attribute("refused", "edit.conflict"));
		var after = this.portal.employee(mila.contact(), mila.id())
			.agreed()
			.employerAgreements()
			.stream()
			.filter(a -> a.position() == agreement.position())
			.findFirst()
			.orElseThrow();
		assertThat(after.done()).as("the stale change was not saved").isTrue();
		assertThat(after.version()).isEqualTo(agreement.version() + 1);

		int participantsAgreement = this.plans.page(this.organisation.coach().user(), mila.id(), null)
			.plan()
			.agreements()
			.stream()
			.map(a -> a.what())
			.toList()
			.indexOf(PARTICIPANT_AGREEMENT);
		this.mvc
			.perform(post("/portal/employer/employees/" + mila.id() + "/agreements").cookie(contact)
				.with(csrf())
				.param("number", String.valueOf(agreed.number()))
				.param("position", String.valueOf(participantsAgreement))
				.param("done", "true")
				.param("version", "0"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/portal/employer/employees/" + mila.id()).cookie(contact).param("lang", "nl"))
			.andExpect(content().string(containsString("Toch nog niet gedaan")));
	}

	@Test
	void theEmployersAgreementInThePortalIsTheThirdSignOffAndTheEmployerSeesOnlyTheSharedParts() throws Exception {
		Employee mila = this.make.placed(this.organisation, "Mila");
		CurrentUser coach = this.organisation.coach().user();
		int number = this.make.draftPlan(coach, mila.id());
		for (Party party : new Party[] { Party.PARTICIPANT, Party.COACH }) {
			this.plans.signOff(coach, mila.id(), number, this.make.planVersion(coach, mila.id()), party,
					EmployerPortalFixtures.TODAY, SignOffMethod.IN_PERSON);
		}
		Cookie contact = session(mila);
		this.mvc.perform(get("/portal/employer/employees/" + mila.id()).cookie(contact))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("wacht op uw instemming")));
		this.mvc.perform(get("/portal/employer/employees/" + mila.id() + "/plan/" + number).cookie(contact))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(EMPLOYER_AGREEMENT)))
			.andExpect(content().string(containsString("Een medewerker die zelfstandig de winkel opent")))
			.andExpect(content().string(allOf(not(containsString(GOAL)), not(containsString(PARTICIPANT_AGREEMENT)),
					not(containsString(NETWORK_AGREEMENT)))));
		this.make.give(this.organisation.coach(), mila.participantId(), ConsentCategory.EMPLOYER_PLAN_GOALS);
		this.mvc.perform(get("/portal/employer/employees/" + mila.id() + "/plan/" + number).cookie(contact))
			.andExpect(content().string(containsString(GOAL)));

		long stale = this.make.planVersion(coach, mila.id()) - 1;
		this.mvc
			.perform(post("/portal/employer/employees/" + mila.id() + "/plan/" + number + "/agree").cookie(contact)
				.with(csrf())
				.param("version", String.valueOf(stale)))
			.andExpect(flash().attribute("refused", "edit.conflict"));
		assertThat(this.plans.page(coach, mila.id(), null).plan().status()).isEqualTo(PlanStatus.PROPOSED);

		this.mvc
			.perform(post("/portal/employer/employees/" + mila.id() + "/plan/" + number + "/agree").cookie(contact)
				.with(csrf())
				.param("version", String.valueOf(this.make.planVersion(coach, mila.id()))))
			.andExpect(redirectedUrl("/portal/employer/employees/" + mila.id()))
			.andExpect(flash().attribute("saved", "employerPortal.plan.agreedByAll"));
		assertThat(this.plans.page(coach, mila.id(), null).plan().status()).isEqualTo(PlanStatus.AGREED);
		assertThat(this.jdbc.sql("""
				select s.how from plan_sign_off s join coaching_plan p on p.id = s.coaching_plan_id
				where p.trajectory_id = :trajectory and s.party = 'EMPLOYER'
				""").param("trajectory", mila.id()).query(String.class).single()).isEqualTo("PORTAL");
		assertThat(this.trajectories.details(coach, mila.id()).planAgreedOn()).isEqualTo(EmployerPortalFixtures.TODAY);
		this.mvc.perform(get("/portal/employer/employees/" + mila.id() + "/plan/" + number).cookie(contact))
			.andExpect(status().isNotFound());
	}

	@Test
	void theFirstSignOffInThePortalLeavesThePlanProposed() {
		Employee mila = this.make.placed(this.organisation, "Mila");
		CurrentUser coach = this.organisation.coach().user();
		int number = this.make.draftPlan(coach, mila.id());
		var frame = this.portal.frame(mila.contact(), mila.id());
		boolean agreed = this.plans.page(coach, mila.id(), null).plan().status() == PlanStatus.AGREED;
		assertThat(agreed).isFalse();
		assertThat(this.sharedPlans.agreeAsEmployer(mila.contact(), frame, number,
				this.make.planVersion(coach, mila.id())))
			.isFalse();
		assertThat(this.plans.page(coach, mila.id(), null).plan().status()).isEqualTo(PlanStatus.PROPOSED);
		assertThat(this.portal.employee(mila.contact(), mila.id()).proposed().signedByEmployer()).isTrue();
		assertThatThrownBy(() -> this.sharedPlans.agreeAsEmployer(coach, frame, number, 0))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Autowired
	nl.tandem.plan.SharedPlans sharedPlans;

	@Test
	void theEmployerWritesWhatTheyKeepDoingIntoTheEvaluationWhileItIsOpen() throws Exception {
		Employee mila = this.make.employee(this.organisation, "Mila");
		Cookie contact = session(mila);
		String page = "/portal/employer/employees/" + mila.id();
		this.mvc.perform(get(page).cookie(contact))
			.andExpect(content().string(not(containsString("id=\"evaluation\""))));
		this.mvc
			.perform(post(page + "/evaluation").cookie(contact)
				.with(csrf())
				.param("employerContinues", "Te vroeg")
				.param("version", "-1"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("refused", "evaluation.employer.notNow"));
		CurrentUser coach = this.organisation.coach().user();
		this.trajectories.startEvaluation(coach, mila.id(), this.trajectories.details(coach, mila.id()).version());
		this.mvc.perform(get(page).cookie(contact)).andExpect(content().string(containsString("id=\"evaluation\"")));

		for (String bad : new String[] { " ", "x".repeat(4001) }) {
			this.mvc
				.perform(post(page + "/evaluation").cookie(contact)
					.with(csrf())
					.param("employerContinues", bad)
					.param("version", "-1"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"employerContinues-error\"")));
		}
		assertThat(this.fixtures.count("evaluation", this.organisation)).as("nothing saved").isZero();

		this.mvc
			.perform(post(page + "/evaluation").cookie(contact)
				.with(csrf())
				.param("employerContinues", "Elke maandag een kort gesprek met Mila")
				.param("version", "-1"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("saved", "employerPortal.evaluation.saved"));
		this.mvc
			.perform(post(page + "/evaluation").cookie(contact)
				.with(csrf())
				.param("employerContinues", "Een oude versie")
				.param("version", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd")));
		this.mvc
			.perform(get("/trajectories/" + mila.id() + "/evaluation")
				.cookie(this.logins.session(this.organisation.coach())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Elke maandag een kort gesprek met Mila")))
			.andExpect(content().string(not(containsString("Een oude versie"))));
	}

	@Test
	void theEmployerRatesTheCoachingWhenDueAndABadScoreSavesNothing() throws Exception {
		Employee mila = this.make.employee(this.organisation, "Mila");
		Cookie contact = session(mila);
		this.mvc.perform(get("/portal/employer/employees/" + mila.id()).cookie(contact))
			.andExpect(content().string(not(containsString("id=\"rating\""))));
		CurrentUser coach = this.organisation.coach().user();
		this.trajectories.startEvaluation(coach, mila.id(), this.trajectories.details(coach, mila.id()).version());
		assertThat(this.trajectories.details(coach, mila.id()).phase()).isEqualTo(Phase.EVALUATION);
		this.mvc.perform(get("/portal/employer/employees/" + mila.id()).cookie(contact))
			.andExpect(content().string(containsString("id=\"rating\"")));

		for (String bad : new String[] { "11", "-1", "acht", "" }) {
			this.mvc
				.perform(post("/portal/employer/employees/" + mila.id() + "/rating").cookie(contact)
					.with(csrf())
					.param("periodNumber", "0")
					.param("score", bad)
					.param("remark", "Fijne samenwerking")
					.param("version", "-1"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"score-error\"")))
				.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		}
		this.mvc
			.perform(post("/portal/employer/employees/" + mila.id() + "/rating").cookie(contact)
				.with(csrf())
				.param("periodNumber", "0")
				.param("score", "7")
				.param("remark", "x".repeat(2001))
				.param("version", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"remark-error\"")));
		assertThat(this.fixtures.count("satisfaction_rating", this.organisation)).as("nothing saved").isZero();

		this.mvc
			.perform(post("/portal/employer/employees/" + mila.id() + "/rating").cookie(contact)
				.with(csrf())
				.param("periodNumber", "0")
				.param("score", "8")
				.param("remark", "Fijne samenwerking met de jobcoach")
				.param("version", "-1"))
			.andExpect(redirectedUrl("/portal/employer/employees/" + mila.id()))
			.andExpect(flash().attribute("saved", "employerPortal.rating.saved"));
		assertThat(this.jdbc.sql("""
				select employer_score || ' ' || employer_remark from satisfaction_rating
				where trajectory_id = :trajectory and period_number = 0
				""").param("trajectory", mila.id()).query(String.class).single())
			.isEqualTo("8 Fijne samenwerking met de jobcoach");
		this.mvc.perform(get("/trajectories/" + mila.id()).cookie(this.logins.session(this.organisation.coach())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fijne samenwerking met de jobcoach")));
		this.mvc.perform(get("/portal/employer/employees/" + mila.id()).cookie(contact))
			.andExpect(content().string(not(containsString("id=\"rating\""))));
		this.mvc
			.perform(post("/portal/employer/employees/" + mila.id() + "/rating").cookie(contact)
				.with(csrf())
				.param("periodNumber", "0")
				.param("score", "3")
				.param("version", "-1"))
			.andExpect(redirectedUrl("/portal/employer/employees/" + mila.id()))
			.andExpect(flash().attribute("refused", "rating.notDue"));
		assertThat(this.jdbc.sql("select employer_score from satisfaction_rating where trajectory_id = :trajectory")
			.param("trajectory", mila.id())
			.query(Integer.class)
			.single()).isEqualTo(8);
	}

	@Test
	void theEmployersScoreJoinsTheRatingTheCoachStartedAndAStaleFormIsRefused() throws Exception {
		Employee mila = this.make.employee(this.organisation, "Mila");
		Cookie contact = session(mila);
		CurrentUser coach = this.organisation.coach().user();
		this.trajectories.startEvaluation(coach, mila.id(), this.trajectories.details(coach, mila.id()).version());
		this.ratingsService.record(coach, mila.id(),
				new nl.tandem.evaluation.NewRating(0, EmployerPortalFixtures.TODAY, 9, null, "Opmerking van de coach"));
		this.mvc
			.perform(post("/portal/employer/employees/" + mila.id() + "/rating").cookie(contact)
				.with(csrf())
				.param("periodNumber", "0")
				.param("score", "6")
				.param("version", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd")));
		long version = this.ratingsService
			.dueFor(this.portal.frame(mila.contact(), mila.id()), nl.tandem.evaluation.Rater.EMPLOYER)
			.orElseThrow()
			.version();
		this.mvc
			.perform(post("/portal/employer/employees/" + mila.id() + "/rating").cookie(contact)
				.with(csrf())
				.param("periodNumber", "0")
				.param("score", "6")
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.ratingsService.ofTrajectory(this.organisation.id(), mila.id())).singleElement()
			.satisfies(rating -> {
				assertThat(rating.participantScore()).isEqualTo(9);
				assertThat(rating.employerScore()).isEqualTo(6);
				assertThat(rating.remark()).isEqualTo("Opmerking van de coach");
			});
	}

	@Autowired
	nl.tandem.evaluation.Ratings ratingsService;

	@Test
	void theEmployersReadsAreInTheAccessLog() throws Exception {
		Employee mila = this.make.employee(this.organisation, "Mila");
		this.make.give(this.organisation.coach(), mila.participantId(), ConsentCategory.EMPLOYER_SESSION_SUMMARIES,
				ConsentCategory.EMPLOYER_PLAN_GOALS);
		this.mvc.perform(get("/portal/employer/employees/" + mila.id()).cookie(session(mila)))
			.andExpect(status().isOk());
		List<String> logged = this.jdbc.sql("""
				select subject || ' ' || action || ' ' || roles from access_log
				where organisation_id = :organisation and account_id = :account and participant_id = :participant
				order by subject
				""")
			.param("organisation", this.organisation.id())
			.param("account", mila.contact().accountId())
			.param("participant", mila.participantId())
			.query(String.class)
			.list();
		assertThat(logged).containsExactly("EMPLOYER_PLAN_AGREEMENTS READ EMPLOYER_CONTACT",
				"EMPLOYER_PLAN_GOALS READ EMPLOYER_CONTACT", "EMPLOYER_SESSION_SUMMARIES READ EMPLOYER_CONTACT");

		Fixtures.Member officer = this.fixtures.privacyOfficer(this.organisation);
		this.mvc.perform(get("/privacy/audit").cookie(this.logins.session(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gespreksverslagen (werkgever)")))
			.andExpect(content().string(containsString("Joost Werkgever")));
	}

	@Test
	void aParticipantHasNoEmployerPortal() throws Exception {
		Employee mila = this.make.employee(this.organisation, "Mila");
		String email = "mila." + this.organisation.id() + "@deelnemer.test";
		this.invitations.invite(this.organisation.coach().user(),
				new nl.tandem.identity.Invitee(nl.tandem.identity.PersonKind.PARTICIPANT, mila.participantId(), email,
						"Mila Werknemer", "nl"),
				"http://localhost");
		this.invitations.accept(PortalFixtures.tokenMailedTo(this.mails, this.organisation.id(), email),
				EmployerPortalFixtures.PASSWORD);
		Cookie participant = this.logins.attempt(email, EmployerPortalFixtures.PASSWORD)
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(get("/portal/employer").cookie(participant)).andExpect(status().isNotFound());
		this.mvc.perform(get("/portal/employer/employees/" + mila.id()).cookie(participant))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/portal/employer/schemes").cookie(participant)).andExpect(status().isNotFound());
	}

	@Test
	void anotherContactOfTheSameEmployerSeesTheSameEmployee() throws Exception {
		Employee mila = this.make.employee(this.organisation, "Mila");
		String email = "hr." + this.organisation.id() + "@werkgever.test";
		long hr = this.employers.addContact(this.organisation.admin().user(), mila.employerId(),
				new ContactDetails("Hanna", "Personeelszaken", ContactRole.HR, email, null));
		CurrentUser other = this.make.account(this.organisation, hr, email, "Hanna Personeelszaken");
		assertThat(this.portal.overview(other).employees()).extracting(e -> e.trajectoryId())
			.containsExactly(mila.id());
	}

	@Autowired
	nl.tandem.monitoring.Signals signals;

	@Autowired
	nl.tandem.monitoring.SupportRequests supportRequests;

	@Test
	void aRequestForContactIsASignalTheCoachSees() throws Exception {
		Employee mila = this.make.employee(this.organisation, "Mila");
		Cookie contact = session(mila);
		this.mvc
			.perform(post("/portal/employer/employees/" + mila.id() + "/contact").cookie(contact)
				.with(csrf())
				.param("message", "x".repeat(nl.tandem.monitoring.SupportRequests.MAX_MESSAGE + 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"message-error\"")))
			.andExpect(content().string(containsString("Houd het bericht korter dan 1000 tekens.")));
		assertThat(this.supportRequests.of(this.organisation.id(), List.of(mila.id()))).as("nothing kept").isEmpty();
		assertThat(this.signals.of(this.organisation.coach().user(), false)).extracting(s -> s.kind())
			.doesNotContain(nl.tandem.monitoring.SignalKind.CONTACT_REQUESTED);

		this.mvc
			.perform(post("/portal/employer/employees/" + mila.id() + "/contact").cookie(contact)
				.with(csrf())
				.param("message", "Kunnen we bellen over het nieuwe rooster?"))
			.andExpect(redirectedUrl("/portal/employer/employees/" + mila.id()))
			.andExpect(flash().attribute("saved", "employerPortal.contact.sent"));
		assertThat(this.signals.of(this.organisation.coach().user(), false))
			.filteredOn(s -> s.kind() == nl.tandem.monitoring.SignalKind.CONTACT_REQUESTED)
			.singleElement()
			.satisfies(s -> assertThat(s.trajectoryId()).isEqualTo(mila.id()));
		this.mvc.perform(get("/signals").cookie(this.logins.session(this.organisation.coach())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Werkgever vraagt contact")));
		this.mvc
			.perform(post("/portal/employer/employees/" + mila.id() + "/contact")
				.cookie(this.logins.session(this.organisation.coach()))
				.with(csrf())
				.param("message", "Van de coach"))
			.andExpect(status().isForbidden());
		assertThat(this.supportRequests.of(this.organisation.id(), List.of(mila.id()))).hasSize(1);
	}

	private Cookie session(Employee employee) throws Exception {
		var login = this.logins.attempt(employee.contactEmail(), EmployerPortalFixtures.PASSWORD);
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/portal");
		return login.getResponse().getCookie("SESSION");
	}

}
