package nl.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.StatementCounter;
import nl.tandem.TandemTest;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.plan.Plans;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@TandemTest
class EvaluationPagesTests {

	static final LocalDate TODAY = TrajectoryFixtures.TODAY;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	Trajectories trajectories;

	@Autowired
	Employers employers;

	@Autowired
	Plans plans;

	@Autowired
	Evaluations evaluations;

	@Autowired
	Ratings ratings;

	@Autowired
	FollowUps followUps;

	@Autowired
	JdbcClient jdbc;

	EvaluationFixtures make;

	TestOrganisation organisation;

	CurrentUser coach;

	Cookie session;

	long id;

	UUID goal;

	@BeforeEach
	void trajectoryInEvaluation() throws Exception {
		this.make = new EvaluationFixtures(new TrajectoryFixtures(this.trajectories, this.employers, this.plans),
				this.trajectories, this.plans, this.evaluations);
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach().user();
		this.session = this.logins.session(this.organisation.coach());
		this.id = this.make.inEvaluation(this.organisation, "Pim");
		this.goal = this.make.goal(this.coach, this.id);
	}

	@Test
	void theCoachHoldsTheEvaluationAndTheTrajectoryPageShowsTheOutcome() throws Exception {
		this.mvc.perform(get("/trajectories/" + this.id).cookie(this.session))
			.andExpect(content().string(containsString("Evaluatie en nazorg")))
			.andExpect(content().string(containsString("Evaluatiegesprek vastleggen")));
		this.mvc.perform(get("/trajectories/" + this.id + "/evaluation").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Leren aangeven wanneer het te druk wordt")))
			.andExpect(content().string(containsString("checkins/work-values/new?moment=EVALUATION")));
		this.mvc.perform(evaluation("true", "SAME_EMPLOYER", "24", null))
			.andExpect(redirectedUrl("/trajectories/" + this.id));
		this.mvc.perform(get("/trajectories/" + this.id).cookie(this.session))
			.andExpect(content().string(containsString("Afgerond")))
			.andExpect(content().string(containsString("Werkt bij dezelfde werkgever, 24 uur per week")));
		this.mvc.perform(get("/trajectories/" + this.id + "/evaluation").cookie(this.session))
			.andExpect(content().string(containsString("Geeft het nu zelf aan")))
			.andExpect(content().string(not(containsString("Evaluatie afronden"))));
	}

	@Test
	void anEvaluationWithoutOutcomeGetsAMessageNextToTheFieldAndNothingIsSaved() throws Exception {
		this.mvc.perform(evaluation("true", "", "", null))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"outcome-error\"")))
			.andExpect(content().string(containsString("Kies de uitkomst: waar staat de deelnemer nu?")));
		this.mvc.perform(evaluation("true", "OTHER_EMPLOYER", "", null))
			.andExpect(content().string(containsString("id=\"hoursPerWeek-error\"")));
		this.mvc.perform(evaluation("false", "OTHER_EMPLOYER", "90", null))
			.andExpect(content().string(containsString("Vul een aantal uren per week tussen 0 en 80 in.")));
		assertThat(this.fixtures.count("evaluation", this.organisation)).isZero();
		this.mvc.perform(evaluation("false", "", "", null).param("lang", "en"))
			.andExpect(redirectedUrl("/trajectories/" + this.id + "/evaluation"));
		assertThat(this.evaluations.summary(this.organisation.id(), this.id).orElseThrow().status())
			.isEqualTo(EvaluationStatus.DRAFT);
	}

	@Test
	void aStaleEvaluationOrRatingIsRefusedWithAClearMessage() throws Exception {
		this.evaluations.save(this.coach, this.id, null, this.make.complete(this.coach, this.id), false);
		this.mvc.perform(evaluation("true", "NOT_WORKING", "", null))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd.")));
		long rating = this.ratings.record(this.coach, this.id, new NewRating(1, TODAY, 7, 7, null));
		this.ratings.correct(this.coach, this.id, rating, 0, new NewRating(1, TODAY, 8, 8, null));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/ratings/" + rating).cookie(this.session)
				.with(csrf())
				.param("periodNumber", "1")
				.param("ratedOn", TODAY.toString())
				.param("participantScore", "3")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd.")));
		assertThat(this.ratings.ofTrajectory(this.organisation.id(), this.id).get(0).participantScore()).isEqualTo(8);
		assertThat(this.evaluations.hasCompletedEvaluation(this.organisation.id(), this.id)).isFalse();
	}

	@Test
	void ratingsOutOfRangeGetMessagesNextToTheFieldsAndTheAverageIsHeldAgainstTheNorm() throws Exception {
		this.mvc
			.perform(post("/trajectories/" + this.id + "/ratings").cookie(this.session)
				.with(csrf())
				.param("periodNumber", "1")
				.param("ratedOn", TODAY.toString())
				.param("participantScore", "11")
				.param("employerScore", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"participantScore-error\"")))
			.andExpect(content().string(containsString("id=\"employerScore-error\"")))
			.andExpect(content().string(containsString("Vul een cijfer van 0 tot 10 in.")));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/ratings").cookie(this.session)
				.with(csrf())
				.param("periodNumber", "1")
				.param("ratedOn", TODAY.toString()))
			.andExpect(content().string(containsString("Vul minstens één cijfer in.")));
		assertThat(this.fixtures.count("satisfaction_rating", this.organisation)).isZero();
		this.mvc
			.perform(post("/trajectories/" + this.id + "/ratings").cookie(this.session)
				.with(csrf())
				.param("periodNumber", "1")
				.param("ratedOn", TODAY.toString())
				.param("participantScore", "8")
				.param("employerScore", "5"))
			.andExpect(redirectedUrl("/trajectories/" + this.id));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/ratings").cookie(this.session)
				.with(csrf())
				.param("periodNumber", "1")
				.param("ratedOn", TODAY.toString())
				.param("participantScore", "9"))
			.andExpect(content().string(containsString("id=\"periodNumber-error\"")));
		this.mvc.perform(get("/trajectories/" + this.id).cookie(this.session))
			.andExpect(content().string(containsString("8,0")))
			.andExpect(content().string(containsString("onder de norm")));
	}

	@Test
	void onlyTheCoachWritesTheTeamLeadReadsAndOthersFindNothing() throws Exception {
		this.evaluations.save(this.coach, this.id, null, this.make.complete(this.coach, this.id), false);
		long rating = this.ratings.record(this.coach, this.id, new NewRating(1, TODAY, 7, 7, null));
		Cookie lead = this.logins.session(this.organisation.teamLead());
		this.mvc.perform(get("/trajectories/" + this.id + "/evaluation").cookie(lead))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("De vaste gesprekken met de leidinggevende")))
			.andExpect(content().string(not(containsString("Evaluatie afronden"))));
		this.mvc.perform(get("/trajectories/" + this.id).cookie(lead))
			.andExpect(content().string(containsString("Evaluatie en nazorg")))
			.andExpect(content().string(not(containsString("Tevredenheid vastleggen"))));
		this.mvc.perform(evaluation("true", "NOT_WORKING", "", 0L, lead)).andExpect(status().isForbidden());
		this.mvc.perform(get("/trajectories/" + this.id + "/ratings/new").cookie(lead))
			.andExpect(status().isNotFound());
		for (Cookie other : List.of(this.logins.session(this.organisation.otherCoach()),
				this.logins.session(this.organisation.admin()),
				this.logins.session(this.fixtures.organisation().coach()))) {
			for (String page : List.of("/evaluation", "/ratings/new", "/ratings/" + rating + "/edit")) {
				this.mvc.perform(get("/trajectories/" + this.id + page).cookie(other)).andExpect(status().isNotFound());
			}
			this.mvc.perform(evaluation("true", "NOT_WORKING", "", 0L, other)).andExpect(status().isNotFound());
		}
		assertThat(this.evaluations.hasCompletedEvaluation(this.organisation.id(), this.id)).isFalse();
	}

	@Test
	void theFollowUpsOfAClosedTrajectoryShowWhenDueAndLeadToAReactivation() throws Exception {
		long closed = this.make.closed(this.organisation, "Femke");
		this.mvc.perform(get("/trajectories/" + closed).cookie(this.session))
			.andExpect(content().string(containsString("Na 6 maanden")))
			.andExpect(content().string(containsString("Na 24 maanden")));
		this.mvc.perform(get("/").cookie(this.session))
			.andExpect(content().string(not(containsString("Nazorg te doen"))));
		this.jdbc.sql("update follow_up set due_on = current_date - 1 where trajectory_id = :t and months = 6")
			.param("t", closed)
			.update();
		this.mvc.perform(get("/").cookie(this.session))
			.andExpect(content().string(containsString("Nazorg te doen")))
			.andExpect(content().string(containsString("Femke Evaluatie")));
		long followUp = this.followUps.ofTrajectory(this.organisation.id(), closed).get(0).id();
		String page = "/trajectories/" + closed + "/follow-ups/" + followUp;
		this.mvc.perform(get(page).cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/trajectories/" + closed + "/reactivate")));
		this.mvc
			.perform(post(page).cookie(this.session)
				.with(csrf())
				.param("checkedOn", TODAY.toString())
				.param("situation", "SAME_EMPLOYER")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"hoursPerWeek-error\"")));
		this.mvc
			.perform(post(page).cookie(this.session)
				.with(csrf())
				.param("checkedOn", TODAY.toString())
				.param("situation", "SAME_EMPLOYER")
				.param("hoursPerWeek", "28")
				.param("version", "0"))
			.andExpect(redirectedUrl("/trajectories/" + closed));
		this.mvc.perform(get("/").cookie(this.session))
			.andExpect(content().string(not(containsString("Nazorg te doen"))));
		this.mvc.perform(get(page).cookie(this.logins.session(this.organisation.otherCoach())))
			.andExpect(status().isNotFound());
	}

	@Test
	void closingWithGoalsReachedBeforeTheEvaluationIsCompletedIsRefusedNextToTheReason() throws Exception {
		long version = this.trajectories.details(this.coach, this.id).version();
		this.mvc
			.perform(post("/trajectories/" + this.id + "/close").cookie(this.session)
				.with(csrf())
				.param("endReason", "GOALS_REACHED")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"endReason-error\"")))
			.andExpect(content()
				.string(containsString("Afsluiten met bereikte doelen kan pas als het evaluatiegesprek is afgerond.")));
		this.evaluations.save(this.coach, this.id, null, this.make.complete(this.coach, this.id), true);
		this.mvc
			.perform(post("/trajectories/" + this.id + "/close").cookie(this.session)
				.with(csrf())
				.param("endReason", "GOALS_REACHED")
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/trajectories/" + this.id));
		assertThat(this.followUps.ofTrajectory(this.organisation.id(), this.id)).hasSize(3);
	}

	@Test
	void thePagesSpeakEnglishToo() throws Exception {
		this.mvc.perform(get("/trajectories/" + this.id + "/evaluation?lang=en").cookie(this.session))
			.andExpect(content().string(containsString("Evaluation meeting")))
			.andExpect(content().string(containsString("Needs more support")));
		this.mvc.perform(get("/trajectories/" + this.id + "/ratings/new?lang=en").cookie(this.session))
			.andExpect(content().string(containsString("Participant&#39;s mark (0–10)")));
	}

	@Test
	void theTrajectoryPageWithTheEvaluationBlockTakesAFixedNumberOfStatements() throws Exception {
		long closed = this.make.closed(this.organisation, "Tel");
		this.ratings.record(this.coach, closed, new NewRating(1, TODAY, 7, 7, null));
		StatementCounter.reset();
		this.mvc.perform(get("/trajectories/" + closed).cookie(this.session)).andExpect(status().isOk());
		int few = StatementCounter.count();
		this.ratings.record(this.coach, closed, new NewRating(2, TODAY, 8, 6, null));
		this.ratings.record(this.coach, closed, new NewRating(Ratings.END, TODAY, 9, 9, null));
		this.followUps.record(this.coach, closed,
				this.followUps.ofTrajectory(this.organisation.id(), closed).get(0).id(), 0,
				new FollowUpResult(TODAY, Outcome.SAME_EMPLOYER, new BigDecimal("20"), null));
		StatementCounter.reset();
		this.mvc.perform(get("/trajectories/" + closed).cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aan het eind")));
		// the same queries; at most the session store's write of the request may differ
		assertThat(StatementCounter.count()).isBetween(few - 1, few + 1);
	}

	private MockHttpServletRequestBuilder evaluation(String complete, String outcome, String hours, Long version) {
		return evaluation(complete, outcome, hours, version, this.session);
	}

	private MockHttpServletRequestBuilder evaluation(String complete, String outcome, String hours, Long version,
			Cookie session) {
		MockHttpServletRequestBuilder request = post("/trajectories/" + this.id + "/evaluation").cookie(session)
			.with(csrf())
			.param("heldOn", TODAY.toString())
			.param("tookPart", "PARTICIPANT", "SUPERVISOR", "COACH")
			.param("goals[0].goalKey", this.goal.toString())
			.param("goals[0].result", "REACHED")
			.param("goals[0].remark", "Geeft het nu zelf aan")
			.param("whatHelped", "Vaste gesprekken")
			.param("outcome", outcome)
			.param("hoursPerWeek", hours)
			.param("complete", complete);
		if (version != null) {
			request.param("version", version.toString());
		}
		return request;
	}

}
