package nl.tandem.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.coaching.Attendee;
import nl.tandem.coaching.HeldSession;
import nl.tandem.coaching.NoteVisibility;
import nl.tandem.coaching.SessionMode;
import nl.tandem.coaching.Sessions;
import nl.tandem.employer.Employers;
import nl.tandem.identity.Accounts;
import nl.tandem.identity.CurrentUser;
import nl.tandem.monitoring.EarlyWarningPlans;
import nl.tandem.monitoring.Signal;
import nl.tandem.monitoring.SignalKind;
import nl.tandem.monitoring.Signals;
import nl.tandem.monitoring.Zone;
import nl.tandem.monitoring.ZoneContent;
import nl.tandem.monitoring.Zones;
import nl.tandem.plan.Actor;
import nl.tandem.plan.IntensityProfile;
import nl.tandem.plan.Party;
import nl.tandem.plan.PlanStatus;
import nl.tandem.plan.Plans;
import nl.tandem.plan.Schedules;
import nl.tandem.plan.SignOffMethod;
import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The participant's own pages in the portal, with a real database: each shows the
 * participant's own data and nothing of anybody else's, never a note the coach kept to
 * themselves; bad input is refused next to its field with nothing saved; a stale form is
 * refused as a concurrent edit; what the participant does reaches the coach.
 */
@TandemTest
class ParticipantPortalPagesTests {

	static final java.time.LocalDate TODAY = TrajectoryFixtures.TODAY;

	static final String COACH_ONLY = "Slaapt slecht door de nieuwe medicatie";

	static final String SHARED = "Je nam deze week elke dag je pauzes: goed gedaan";

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
	Schedules schedules;

	@Autowired
	Sessions sessions;

	@Autowired
	Zones zones;

	@Autowired
	EarlyWarningPlans warningPlans;

	@Autowired
	Signals signals;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	nl.tandem.evaluation.Ratings ratings;

	TrajectoryFixtures make;

	ParticipantPortalFixtures portal;

	TestOrganisation organisation;

	CurrentUser coach;

	long trajectory;

	ParticipantPortalFixtures.Participant participant;

	Cookie session;

	@BeforeEach
	void anActiveTrajectoryWhoseParticipantUsesThePortal() throws Exception {
		this.make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.portal = new ParticipantPortalFixtures(this.trajectories, this.accounts, this.logins);
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach().user();
		this.trajectory = this.make.active(this.organisation, this.organisation.coach(), "Noor", "Portaal");
		this.schedules.generate(this.coach, this.trajectory, -1, IntensityProfile.Preset.STANDARD.profile(), TODAY,
				TODAY.plusMonths(6));
		this.participant = this.portal.participant(this.organisation.coach(), this.trajectory);
		this.session = this.portal.session(this.participant);
	}

	@Test
	void theParticipantRatesTheCoachingWhenAskedAndTheCoachReadsIt() throws Exception {
		this.mvc.perform(get("/portal/rating").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Er wordt nu niet naar je cijfer gevraagd")))
			.andExpect(content().string(not(containsString("name=\"score\""))));
		this.trajectories.phaseOut(this.coach, this.trajectory, this.make.version(this.coach, this.trajectory));
		this.trajectories.startEvaluation(this.coach, this.trajectory, this.make.version(this.coach, this.trajectory));
		this.mvc.perform(get("/portal").cookie(this.session))
			.andExpect(content().string(containsString("Geef een cijfer voor de begeleiding")));
		this.mvc.perform(get("/portal/rating").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("De begeleiding loopt af")));

		this.mvc
			.perform(post("/portal/rating").cookie(this.session)
				.with(csrf())
				.param("periodNumber", "0")
				.param("version", "-1")
				.param("score", "11")
				.param("remark", "Te hoog"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul een cijfer van 0 tot 10 in.")));
		assertThat(this.ratings.ofTrajectory(this.organisation.id(), this.trajectory)).as("nothing saved").isEmpty();

		this.mvc
			.perform(post("/portal/rating").cookie(this.session)
				.with(csrf())
				.param("periodNumber", "0")
				.param("version", "-1")
				.param("score", "8")
				.param("remark", "Fijn dat ik altijd kon bellen"))
			.andExpect(redirectedUrl("/portal"))
			.andExpect(flash().attribute("saved", "portal.rating.saved"));
		assertThat(this.ratings.ofTrajectory(this.organisation.id(), this.trajectory)).singleElement()
			.satisfies(rating -> {
				assertThat(rating.participantScore()).isEqualTo(8);
				assertThat(rating.participantRemark()).isEqualTo("Fijn dat ik altijd kon bellen");
				assertThat(rating.employerScore()).isNull();
			});

		this.mvc
			.perform(post("/portal/rating").cookie(this.session)
				.with(csrf())
				.param("periodNumber", "0")
				.param("version", "-1")
				.param("score", "3"))
			.andExpect(redirectedUrl("/portal"))
			.andExpect(flash().attribute("refused", "rating.notDue"));
		assertThat(this.ratings.ofTrajectory(this.organisation.id(), this.trajectory).get(0).participantScore())
			.as("given once")
			.isEqualTo(8);
		this.mvc.perform(get("/trajectories/" + this.trajectory).cookie(this.logins.session(this.organisation.coach())))
			.andExpect(content().string(containsString("Fijn dat ik altijd kon bellen")));
	}

	@Test
	void theHomePageShowsTheParticipantsOwnTrajectory() throws Exception {
		heldSessionWithNotes(Actor.PARTICIPANT, "Energie bijhouden");
		this.zones.record(this.coach, this.trajectory, Zone.GREEN, TODAY, null);
		this.mvc.perform(get("/portal").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Welkom, Noor Portaal")))
			.andExpect(
					content().string(containsString(this.trajectories.frame(this.coach, this.trajectory).coachName())))
			.andExpect(content().string(containsString("Actief")))
			.andExpect(content().string(containsString("Energie bijhouden")))
			.andExpect(content().string(containsString("zone zone-green")))
			.andExpect(content().string(containsString("Ik heb nu steun nodig")))
			.andExpect(content().string(containsString("minuten")));
	}

	@Test
	void sharedNotesAreShownAndNotesForTheCoachNever() throws Exception {
		heldSessionWithNotes(Actor.PARTICIPANT, "Energie bijhouden");
		this.mvc.perform(get("/portal/notes").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(SHARED)))
			.andExpect(content().string(not(containsString(COACH_ONLY))));
		this.mvc.perform(get("/portal/data").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(SHARED)))
			.andExpect(content().string(not(containsString(COACH_ONLY))));
		this.mvc.perform(get("/portal/data.json").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string(containsString(SHARED)))
			.andExpect(content().string(containsString("\"name\":\"Noor Portaal\"")))
			.andExpect(content().string(not(containsString(COACH_ONLY))))
			.andExpect(content().string(not(containsString("Slaapt slecht door medicatie"))));
		assertThat(count("select count(*) from access_log where account_id = :a and subject = 'DATA_EXPORT'",
				this.participant.user().accountId()))
			.as("each download is in the access log")
			.isEqualTo(2);
	}

	@Test
	void anotherParticipantSeesNoneOfItAndCannotTouchItsActions() throws Exception {
		long action = heldSessionWithNotes(Actor.PARTICIPANT, "Energie bijhouden");
		long otherTrajectory = this.make.active(this.organisation, this.organisation.coach(), "Ander", "Iemand");
		Cookie other = this.portal.session(this.portal.participant(this.organisation.coach(), otherTrajectory));
		for (String page : List.of("/portal", "/portal/plan", "/portal/notes", "/portal/actions", "/portal/data",
				"/portal/warning")) {
			this.mvc.perform(get(page).cookie(other))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Noor Portaal"))))
				.andExpect(content().string(not(containsString(SHARED))))
				.andExpect(content().string(not(containsString("Energie bijhouden"))));
		}
		this.mvc.perform(post("/portal/actions/" + action + "/done").param("version", "0").cookie(other).with(csrf()))
			.andExpect(status().isNotFound());
		TestOrganisation elsewhere = this.fixtures.organisation();
		long foreign = this.make.active(elsewhere, elsewhere.coach(), "Ver", "Weg");
		Cookie stranger = this.portal.session(this.portal.participant(elsewhere.coach(), foreign));
		this.mvc
			.perform(post("/portal/actions/" + action + "/done").param("version", "0").cookie(stranger).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(openActions()).as("nothing was ticked off").isEqualTo(1);
	}

	@Test
	void staffNeverReachTheParticipantsPages() throws Exception {
		Cookie coachSession = this.logins.session(this.organisation.coach());
		for (String page : List.of("/portal/plan", "/portal/notes", "/portal/data", "/portal/access-log")) {
			this.mvc.perform(get(page).cookie(coachSession)).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/trajectories/" + this.trajectory).cookie(this.session))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/signals").cookie(this.session)).andExpect(status().isForbidden());
	}

	@Test
	void anEmployerContactFindsNoneOfTheParticipantsPages() throws Exception {
		PortalFixtures.Placed placed = new PortalFixtures(this.trajectories, this.employers, this.plans)
			.placed(this.organisation, "Werk", "Plek", "nl");
		this.accounts.openPortal(this.organisation.id(), nl.tandem.identity.PersonKind.EMPLOYER_CONTACT,
				placed.contactId(), placed.contactEmail(), "Joost Werkgever", "nl", Fixtures.PASSWORD);
		Cookie contact = this.logins.attempt(placed.contactEmail(), Fixtures.PASSWORD)
			.getResponse()
			.getCookie("SESSION");
		for (String page : List.of("/portal/plan", "/portal/notes", "/portal/actions", "/portal/warning",
				"/portal/data", "/portal/data.json", "/portal/access-log", "/portal/checkins/balance")) {
			this.mvc.perform(get(page).cookie(contact)).andExpect(status().isNotFound());
		}
		this.mvc.perform(post("/portal/support").param("message", "Bel me").cookie(contact).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/portal/zone").param("zone", "RED").cookie(contact).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(count("select count(*) from support_request where organisation_id = :a", this.organisation.id()))
			.isZero();
	}

	@Test
	void theParticipantTicksOffTheirOwnActionsAndAStaleFormIsAConflict() throws Exception {
		long mine = heldSessionWithNotes(Actor.PARTICIPANT, "Energie bijhouden");
		long coachs = actionOf(Actor.COACH);
		this.mvc.perform(get("/portal/actions").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Energie bijhouden")))
			.andExpect(content().string(containsString("/portal/actions/" + mine + "/done")))
			.andExpect(content().string(not(containsString("/portal/actions/" + coachs + "/done"))));

		this.mvc
			.perform(
					post("/portal/actions/" + coachs + "/done").param("version", "0").cookie(this.session).with(csrf()))
			.andExpect(flash().attribute("refused", "action.notYours"));
		afterTheRedirect("Deze actie is niet voor jou om af te vinken.");
		this.mvc
			.perform(post("/portal/actions/" + mine + "/done").param("version", "0").cookie(this.session).with(csrf()))
			.andExpect(redirectedUrl("/portal/actions"))
			.andExpect(flash().attribute("saved", "portal.actions.done"));
		afterTheRedirect("Mooi, de actie staat op gedaan.");
		this.mvc
			.perform(post("/portal/actions/" + mine + "/done").param("version", "0").cookie(this.session).with(csrf()))
			.andExpect(flash().attribute("refused", "edit.conflict"));
		afterTheRedirect("Iemand anders heeft dit intussen gewijzigd");
		assertThat(openActions()).as("the coach's action is still open").isEqualTo(1);
	}

	private void afterTheRedirect(String message) throws Exception {
		this.mvc.perform(get("/portal/actions").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(message)));
	}

	@Test
	void agreeingInThePortalIsTheParticipantsSignOffAndTheThirdAgreesThePlan() throws Exception {
		long planning = this.make.planning(this.organisation, this.organisation.coach(), "Plan", "Akkoord");
		var participant = this.portal.participant(this.organisation.coach(), planning);
		Cookie session = this.portal.session(participant);
		int number = proposedPlanSignedByEmployerAndCoach(planning);
		long stale = this.plans.page(this.coach, planning, number).plan().version();
		this.mvc.perform(get("/portal/plan").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ik ga akkoord met dit plan")))
			.andExpect(content().string(containsString("Leren aangeven wanneer het te druk wordt")));

		this.mvc
			.perform(post("/portal/plan/" + number + "/agree").param("version", String.valueOf(stale - 1))
				.cookie(session)
				.with(csrf()))
			.andExpect(flash().attribute("refused", "edit.conflict"));
		assertThat(this.plans.page(this.coach, planning, number).plan().status()).isEqualTo(PlanStatus.PROPOSED);

		this.mvc
			.perform(post("/portal/plan/" + number + "/agree").param("version", String.valueOf(stale))
				.cookie(session)
				.with(csrf()))
			.andExpect(redirectedUrl("/portal/plan"))
			.andExpect(flash().attribute("saved", "portal.plan.agreed"));
		var plan = this.plans.page(this.coach, planning, number).plan();
		assertThat(plan.status()).isEqualTo(PlanStatus.AGREED);
		assertThat(plan.signOff(Party.PARTICIPANT)).hasValueSatisfying(signOff -> {
			assertThat(signOff.how()).isEqualTo(SignOffMethod.PORTAL);
			assertThat(signOff.byAccount()).isEqualTo(participant.user().accountId());
		});
		this.trajectories.activate(this.coach, planning, this.make.version(this.coach, planning));
		assertThat(this.trajectories.details(this.coach, planning).phase()).as("the plan gate is open")
			.isEqualTo(Phase.ACTIVE);
		this.mvc.perform(get("/portal/plan").cookie(session))
			.andExpect(content().string(containsString("Afgesproken plan (versie " + number)))
			.andExpect(content().string(not(containsString("Ik ga akkoord met dit plan"))));
	}

	@Test
	void aNewVersionAgreedInThePortalWhileTheCoachingGoesOnSupersedesTheOldOne() throws Exception {
		int number = this.plans.startDraft(this.coach, this.trajectory);
		this.plans.propose(this.coach, this.trajectory, number, planVersion(this.trajectory, number));
		this.plans.signOff(this.coach, this.trajectory, number, planVersion(this.trajectory, number), Party.EMPLOYER,
				TODAY, SignOffMethod.EMAIL);
		this.plans.signOff(this.coach, this.trajectory, number, planVersion(this.trajectory, number), Party.COACH,
				TODAY, SignOffMethod.IN_PERSON);
		this.mvc
			.perform(post("/portal/plan/" + number + "/agree")
				.param("version", String.valueOf(planVersion(this.trajectory, number)))
				.cookie(this.session)
				.with(csrf()))
			.andExpect(flash().attribute("saved", "portal.plan.agreed"));
		assertThat(this.plans.page(this.coach, this.trajectory, null).versions()).extracting(v -> v.status())
			.containsExactly(PlanStatus.AGREED, PlanStatus.SUPERSEDED);
	}

	@Test
	void anOrangeZoneFromThePortalIsASignalForTheCoach() throws Exception {
		agreedWarningPlan();
		this.mvc.perform(get("/portal/warning").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ik kan het wel aan")))
			.andExpect(content().string(containsString("/portal/warning/document.pdf")));
		this.mvc.perform(post("/portal/zone").param("remark", "Te veel tegelijk").cookie(this.session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"zone-error\"")))
			.andExpect(content().string(containsString("Kies een zone.")));
		assertThat(count("select count(*) from zone_record where trajectory_id = :a", this.trajectory))
			.as("nothing saved")
			.isZero();

		this.mvc
			.perform(post("/portal/zone").param("zone", "ORANGE")
				.param("remark", "Te veel tegelijk")
				.cookie(this.session)
				.with(csrf()))
			.andExpect(redirectedUrl("/portal/warning"));
		assertThat(this.jdbc.sql("select recorded_by from zone_record where trajectory_id = :t")
			.param("t", this.trajectory)
			.query(String.class)
			.single()).isEqualTo("PARTICIPANT");
		assertThat(this.signals.of(this.coach, false)).filteredOn(s -> s.trajectoryId() == this.trajectory)
			.extracting(Signal::kind)
			.contains(SignalKind.ZONE_ORANGE);
		this.mvc.perform(get("/signals").cookie(this.logins.session(this.organisation.coach())))
			.andExpect(content().string(containsString("Oranje zone")))
			.andExpect(content().string(containsString("Noor Portaal")));
		this.mvc.perform(get("/portal/warning/document.pdf").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
	}

	@Test
	void checkInsWithMissingAnswersAreRefusedNextToTheQuestionInTheParticipantsLanguage() throws Exception {
		this.mvc
			.perform(post("/portal/checkins/balance").param("takenOn", TODAY.toString())
				.param("balance", "4")
				.param("load", "9")
				.cookie(this.session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"load-error\"")))
			.andExpect(content().string(containsString("id=\"sleep-error\"")))
			.andExpect(content().string(containsString("Kies een antwoord van 1 tot 5.")));
		long english = this.make.active(this.organisation, this.organisation.coach(), "Sam", "English");
		Cookie[] sam = this.portal.signIn(this.portal.participant(this.organisation.coach(), english, "en"));
		this.mvc
			.perform(post("/portal/checkins/alliance").param("takenOn", TODAY.toString())
				.param("goalsShared", "4")
				.cookie(sam)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose an answer from 1 to 5.")));
		this.mvc
			.perform(post("/portal/checkins/work-values").param("moment", "OTHER")
				.param("takenOn", TODAY.toString())
				.param("values[0].value", "GOOD_INCOME")
				.cookie(this.session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("field-error")));
		assertThat(count(
				"select (select count(*) from balance_check_in where organisation_id = :a)"
						+ " + (select count(*) from alliance_check_in where organisation_id = :a)"
						+ " + (select count(*) from work_value_check_in where organisation_id = :a)",
				this.organisation.id()))
			.as("nothing saved")
			.isZero();
	}

	@Test
	void theParticipantsOwnCheckInsAreSavedAsTheirs() throws Exception {
		this.mvc.perform(get("/portal/checkins/balance").cookie(this.session)).andExpect(status().isOk());
		this.mvc
			.perform(post("/portal/checkins/balance").param("takenOn", TODAY.toString())
				.param("balance", "4")
				.param("load", "3")
				.param("sleep", "2")
				.param("energy", "4")
				.cookie(this.session)
				.with(csrf()))
			.andExpect(redirectedUrl("/portal"));
		var alliance = post("/portal/checkins/alliance").param("takenOn", TODAY.toString());
		for (String item : List.of("goalsShared", "goalsClear", "tasksHelpful", "tasksAgreed", "bondTrust",
				"bondRespect")) {
			alliance.param(item, "4");
		}
		this.mvc.perform(alliance.cookie(this.session).with(csrf())).andExpect(redirectedUrl("/portal"));
		this.mvc.perform(get("/portal/checkins/work-values").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("values[6].realised")));
		var values = post("/portal/checkins/work-values").param("moment", "OTHER").param("takenOn", TODAY.toString());
		nl.tandem.participant.WorkValue[] all = nl.tandem.participant.WorkValue.values();
		for (int i = 0; i < all.length; i++) {
			values.param("values[" + i + "].value", all[i].name())
				.param("values[" + i + "].importance", "5")
				.param("values[" + i + "].enabled", "4")
				.param("values[" + i + "].realised", "4");
		}
		this.mvc.perform(values.cookie(this.session).with(csrf())).andExpect(redirectedUrl("/portal"));
		for (String table : List.of("balance_check_in", "alliance_check_in", "work_value_check_in")) {
			assertThat(this.jdbc.sql("select entered_by from " + table + " where trajectory_id = :t")
				.param("t", this.trajectory)
				.query(String.class)
				.single()).as(table).isEqualTo("PARTICIPANT");
		}
	}

	@Test
	void askingForSupportPutsTheParticipantOnTopOfTheCoachsSignals() throws Exception {
		this.zones.record(this.coach, this.make.active(this.organisation, this.organisation.coach(), "Rood", "Eerder"),
				Zone.RED, TODAY, null);
		this.mvc.perform(post("/portal/support").param("message", "x".repeat(1001)).cookie(this.session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"message-error\"")));
		assertThat(count("select count(*) from support_request where trajectory_id = :a", this.trajectory)).isZero();

		this.mvc.perform(get("/portal/support").cookie(this.session)).andExpect(status().isOk());
		this.mvc.perform(
				post("/portal/support").param("message", "Ik red het niet vandaag").cookie(this.session).with(csrf()))
			.andExpect(redirectedUrl("/portal"))
			.andExpect(flash().attribute("saved", "portal.support.sent"));
		List<Signal> list = this.signals.of(this.coach, false);
		assertThat(list.get(0).kind()).isEqualTo(SignalKind.SUPPORT_NOW);
		assertThat(list.get(0).trajectoryId()).isEqualTo(this.trajectory);
		this.mvc.perform(get("/signals").cookie(this.logins.session(this.organisation.coach())))
			.andExpect(content().string(containsString("Vraagt nu om steun")))
			.andExpect(content().string(containsString("Ik red het niet vandaag")));
	}

	@Test
	void theAccessLogShowsWhoReadTheFileButNoAddresses() throws Exception {
		this.zones.record(this.coach, this.trajectory, Zone.GREEN, TODAY, null);
		this.zones.history(this.coach, this.trajectory);
		this.mvc.perform(get("/portal/access-log").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString(this.trajectories.frame(this.coach, this.trajectory).coachName())))
			.andExpect(content().string(containsString("Jobcoach")))
			.andExpect(content().string(containsString("Zones")))
			.andExpect(content().string(containsString("gelezen")))
			.andExpect(content().string(not(containsString("127.0.0.1"))));
	}

	@Test
	void upcomingSessionsShowOnlyDaysAndLength() throws Exception {
		heldSessionWithNotes(Actor.PARTICIPANT, "Energie bijhouden");
		this.mvc.perform(get("/portal/sessions").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("minuten")))
			.andExpect(content().string(not(containsString(COACH_ONLY))))
			.andExpect(content().string(not(containsString("Slaapt slecht door medicatie"))));
	}

	// fixtures

	/**
	 * A session held yesterday with a note for the coach alone, one shared with the
	 * participant, and an action for the given actor.
	 * @return the id of the action
	 */
	private long heldSessionWithNotes(Actor actor, String what) {
		this.sessions.recordHeld(this.coach, this.trajectory,
				new HeldSession(null, TODAY.minusDays(1), LocalTime.of(10, 0), 60, SessionMode.VIDEO,
						Set.of(Attendee.PARTICIPANT), Set.of(), List.of(),
						List.of(new HeldSession.Note(COACH_ONLY, NoteVisibility.COACH_ONLY, true),
								new HeldSession.Note(SHARED, NoteVisibility.SHARED_WITH_PARTICIPANT, false)),
						null, List.of(), List.of(new HeldSession.Action(actor, what, TODAY.plusDays(5))), false));
		return this.jdbc.sql("select max(id) from action_item where trajectory_id = :t")
			.param("t", this.trajectory)
			.query(Long.class)
			.single();
	}

	private long actionOf(Actor actor) {
		this.sessions.recordHeld(this.coach, this.trajectory,
				new HeldSession(null, TODAY, LocalTime.of(9, 0), 30, SessionMode.PHONE, Set.of(Attendee.PARTICIPANT),
						Set.of(), List.of(), List.of(), null, List.of(),
						List.of(new HeldSession.Action(actor, "Rooster bespreken", TODAY.plusDays(3))), false));
		return this.jdbc.sql("select max(id) from action_item where trajectory_id = :t")
			.param("t", this.trajectory)
			.query(Long.class)
			.single();
	}

	private int proposedPlanSignedByEmployerAndCoach(long id) {
		int number = this.plans.startDraft(this.coach, id);
		this.plans.describe(this.coach, id, number, planVersion(id, number), TODAY, TODAY.plusMonths(6), null, null,
				null);
		this.plans.addGoal(this.coach, id, number, planVersion(id, number),
				new nl.tandem.plan.Goal.Content(nl.tandem.plan.GoalArea.WORK, nl.tandem.plan.GoalKind.LEARNING,
						"Leren aangeven wanneer het te druk wordt", null, null, null));
		this.plans.propose(this.coach, id, number, planVersion(id, number));
		this.plans.signOff(this.coach, id, number, planVersion(id, number), Party.EMPLOYER, TODAY, SignOffMethod.EMAIL);
		this.plans.signOff(this.coach, id, number, planVersion(id, number), Party.COACH, TODAY,
				SignOffMethod.IN_PERSON);
		return number;
	}

	private long planVersion(long id, int number) {
		return this.plans.page(this.coach, id, number).plan().version();
	}

	private void agreedWarningPlan() {
		int number = this.warningPlans.startDraft(this.coach, this.trajectory);
		long version = 0;
		for (Zone zone : Zone.inPlan(false)) {
			this.warningPlans.describeZone(this.coach, this.trajectory, number, version++, zone,
					new ZoneContent(0, zone, "Ik kan het wel aan", "Rustig", "Komt op tijd", null, "Blijft sporten",
							null, null, "Belt één keer per maand", null));
		}
		this.warningPlans.agree(this.coach, this.trajectory, number, version, TODAY);
	}

	private int openActions() {
		return count("select count(*) from action_item where trajectory_id = :a and done_on is null", this.trajectory);
	}

	private int count(String sql, long parameter) {
		return this.jdbc.sql(sql).param("a", parameter).query(Integer.class).single();
	}

}
