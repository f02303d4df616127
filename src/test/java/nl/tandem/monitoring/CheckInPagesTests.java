package nl.tandem.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.StatementCounter;
import nl.tandem.TandemTest;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.participant.WorkValue;
import nl.tandem.plan.Plans;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@TandemTest
class CheckInPagesTests {

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
	CheckIns checkIns;

	TestOrganisation organisation;

	CurrentUser coach;

	Cookie session;

	long id;

	String base;

	@BeforeEach
	void activeTrajectory() throws Exception {
		TrajectoryFixtures make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach().user();
		this.session = this.logins.session(this.organisation.coach());
		this.id = make.active(this.organisation, this.organisation.coach(), "Pim", "Pagina");
		this.base = "/trajectories/" + this.id + "/checkins";
	}

	@Test
	void theCoachFillsInTheWorkValuesAndSeesTheRadarAndTheCapabilitySet() throws Exception {
		this.mvc.perform(get("/trajectories/" + this.id).cookie(this.session))
			.andExpect(content().string(containsString("Monitoring: werkwaarden, balans en de klik")))
			.andExpect(content().string(containsString("Werkwaarden bij de intake")));
		this.mvc.perform(get(this.base + "/work-values/new?moment=INTAKE").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hoe belangrijk is dit voor je?")))
			.andExpect(content().string(containsString("Bijdragen aan iets waardevols")))
			.andExpect(content().string(containsString("id=\"values6.realised5\"")));
		this.mvc.perform(workValues(post(this.base + "/work-values"), 4, java.util.Map.of("values[5].enabled", "2")))
			.andExpect(redirectedUrlPattern("/trajectories/" + this.id + "/checkins/work-values?at=*"));
		this.mvc.perform(get(this.base + "/work-values").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"radar-chart\"")))
			.andExpect(content().string(containsString("Capability set: belangrijk, kan in het werk én lukt")))
			.andExpect(content().string(containsString("belangrijk, maar het werk geeft er te weinig kans voor")));
		this.mvc.perform(get("/trajectories/" + this.id).cookie(this.session))
			.andExpect(content().string(containsString("Laatste check-in: Intake")))
			.andExpect(content().string(not(containsString("Werkwaarden bij de intake"))));
	}

	@Test
	void aSecondCheckInIsComparedWithTheOneBeforeAndNamesWhatDroppedOut() throws Exception {
		this.checkIns.recordWorkValues(this.coach, this.id, new NewWorkValueCheckIn(WorkValueMoment.INTAKE,
				TODAY.minusMonths(5), CheckInRulesTests.answers(4, 4, 4), null));
		List<WorkValueAnswer> later = CheckInRulesTests.answers(4, 4, 4);
		later.set(3, CheckInRulesTests.answer(WorkValue.MEANINGFUL_CONTACTS, 5, 4, 2));
		this.checkIns.recordWorkValues(this.coach, this.id,
				new NewWorkValueCheckIn(WorkValueMoment.PERIOD_END, TODAY, later, null));
		this.mvc.perform(get(this.base + "/work-values").cookie(this.session))
			.andExpect(content().string(containsString("Vergeleken met de check-in van")))
			.andExpect(content().string(containsString("uit de set gevallen")))
			.andExpect(content().string(containsString("4 → 2")));
		this.mvc.perform(get("/trajectories/" + this.id).cookie(this.session))
			.andExpect(content().string(containsString("uit de set gevallen")))
			.andExpect(content().string(containsString("Waardevolle contacten op je werk")));
	}

	@Test
	void aMissingOrImpossibleAnswerIsNamedNextToItsQuestionAndNothingIsSaved() throws Exception {
		this.mvc
			.perform(workValues(post(this.base + "/work-values"), 4,
					java.util.Map.of("values[2].importance", "", "values[4].realised", "9")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"values2.importance-error\"")))
			.andExpect(content().string(containsString("id=\"values4.realised-error\"")))
			.andExpect(content().string(containsString("Kies een antwoord van 1 tot 5.")));
		this.mvc
			.perform(post(this.base + "/balance").cookie(this.session)
				.with(csrf())
				.param("takenOn", TODAY.toString())
				.param("balance", "4")
				.param("load", "0")
				.param("energy", "3")
				.param("remark", "x".repeat(2001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"load-error\"")))
			.andExpect(content().string(containsString("id=\"sleep-error\"")))
			.andExpect(content().string(containsString("id=\"remark-error\"")))
			.andExpect(content().string(containsString("De opmerking is te lang")));
		this.mvc.perform(alliance(post(this.base + "/alliance"), "4", this.session, TODAY.plusDays(2)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"takenOn-error\"")))
			.andExpect(content().string(containsString("Vul een datum in die niet in de toekomst ligt.")));
		assertThat(this.fixtures.count("work_value_check_in", this.organisation)).isZero();
		assertThat(this.fixtures.count("balance_check_in", this.organisation)).isZero();
		assertThat(this.fixtures.count("alliance_check_in", this.organisation)).isZero();
	}

	@Test
	void theCoachRecordsBalanceAndTheAllianceAndSeesTheTrends() throws Exception {
		this.mvc
			.perform(post(this.base + "/balance").cookie(this.session)
				.with(csrf())
				.param("takenOn", TODAY.minusDays(7).toString())
				.param("balance", "4")
				.param("load", "4")
				.param("sleep", "4")
				.param("energy", "4"))
			.andExpect(redirectedUrl(this.base + "/balance"));
		this.mvc
			.perform(post(this.base + "/balance").cookie(this.session)
				.with(csrf())
				.param("takenOn", TODAY.toString())
				.param("balance", "3")
				.param("load", "2")
				.param("sleep", "4")
				.param("energy", "3")
				.param("remark", "Drukke week door de inventaris"))
			.andExpect(redirectedUrl(this.base + "/balance"));
		this.mvc.perform(get(this.base + "/balance").cookie(this.session))
			.andExpect(content().string(containsString("class=\"line-chart\"")))
			.andExpect(content().string(containsString("Drukke week door de inventaris")))
			.andExpect(content().string(containsString("Let op bij:")));
		this.mvc.perform(alliance(post(this.base + "/alliance"), "2", this.session, TODAY))
			.andExpect(redirectedUrl(this.base + "/alliance"));
		this.mvc.perform(get(this.base + "/alliance").cookie(this.session))
			.andExpect(content().string(containsString("Laatste score: 2,00")))
			.andExpect(content().string(containsString("De score is laag.")));
		this.mvc.perform(get("/trajectories/" + this.id).cookie(this.session))
			.andExpect(content().string(containsString("Let op bij:")))
			.andExpect(content().string(containsString("De score is laag.")));
	}

	@Test
	void aStaleCorrectionIsRefusedWithAClearMessageAndChangesNothing() throws Exception {
		long checkIn = this.checkIns.recordBalance(this.coach, this.id,
				new NewBalanceCheckIn(TODAY, new BalanceScores(4, 4, 4, 4), null));
		this.mvc.perform(get(this.base + "/balance/" + checkIn + "/edit").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		this.checkIns.correctBalance(this.coach, this.id, checkIn, 0,
				new NewBalanceCheckIn(TODAY, new BalanceScores(5, 5, 5, 5), "Door een collega"));
		this.mvc
			.perform(post(this.base + "/balance/" + checkIn).cookie(this.session)
				.with(csrf())
				.param("takenOn", TODAY.toString())
				.param("balance", "1")
				.param("load", "1")
				.param("sleep", "1")
				.param("energy", "1")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd.")));
		assertThat(this.checkIns.balanceCheckIn(this.coach, this.checkIns.frame(this.coach, this.id), checkIn).scores())
			.isEqualTo(new BalanceScores(5, 5, 5, 5));
	}

	@Test
	void nobodyButTheCoachFindsTheCheckInsAndTheTeamLeadSeesNoAnswers() throws Exception {
		long checkIn = this.checkIns.recordAlliance(this.coach, this.id,
				new NewAllianceCheckIn(TODAY, new AllianceAnswers(2, 2, 2, 2, 2, 2), "Geen klik"));
		Cookie lead = this.logins.session(this.organisation.teamLead());
		for (Cookie other : List.of(lead, this.logins.session(this.organisation.otherCoach()),
				this.logins.session(this.organisation.admin()),
				this.logins.session(this.fixtures.organisation().coach()))) {
			for (String page : List.of("/work-values", "/balance", "/alliance", "/alliance/new",
					"/alliance/" + checkIn + "/edit", "/work-values/new")) {
				this.mvc.perform(get(this.base + page).cookie(other)).andExpect(status().isNotFound());
			}
			this.mvc.perform(alliance(post(this.base + "/alliance"), "5", other, TODAY))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/trajectories/" + this.id).cookie(lead))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Monitoring: werkwaarden"))))
			.andExpect(content().string(not(containsString("Geen klik"))));
		assertThat(this.fixtures.count("alliance_check_in", this.organisation)).isOne();
	}

	@Test
	void thePagesSpeakEnglishToo() throws Exception {
		this.checkIns.recordWorkValues(this.coach, this.id,
				new NewWorkValueCheckIn(WorkValueMoment.INTAKE, TODAY, CheckInRulesTests.answers(5, 5, 5), null));
		this.mvc.perform(get(this.base + "/work-values?lang=en").cookie(this.session))
			.andExpect(content().string(containsString("Capability set: important, enabled by the work and realised")))
			.andExpect(content().string(containsString("Contributing to something worthwhile")));
		this.mvc.perform(get(this.base + "/balance/new?lang=en").cookie(this.session))
			.andExpect(content().string(containsString("How heavy is your work, compared with what you can take?")));
		this.mvc.perform(get(this.base + "/alliance/new?lang=en").cookie(this.session))
			.andExpect(content().string(containsString("I trust my job coach.")));
	}

	@Test
	void theTrajectoryPageWithTheMonitoringBlockTakesAFixedNumberOfStatements() throws Exception {
		record(1);
		StatementCounter.reset();
		this.mvc.perform(get("/trajectories/" + this.id).cookie(this.session)).andExpect(status().isOk());
		int few = StatementCounter.count();
		record(6);
		StatementCounter.reset();
		this.mvc.perform(get("/trajectories/" + this.id).cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Balans en belasting door de tijd")));
		// the same queries; at most the session store's write of the request may differ
		assertThat(StatementCounter.count()).isBetween(few - 1, few + 1);
	}

	private void record(int times) {
		for (int i = 0; i < times; i++) {
			LocalDate on = TODAY.minusDays(30 - i);
			this.checkIns.recordWorkValues(this.coach, this.id, new NewWorkValueCheckIn(WorkValueMoment.OTHER, on,
					CheckInRulesTests.answers(4, 4, 1 + i % 5), null));
			this.checkIns.recordBalance(this.coach, this.id,
					new NewBalanceCheckIn(on, new BalanceScores(1 + i % 5, 3, 4, 2 + i % 4), null));
			this.checkIns.recordAlliance(this.coach, this.id,
					new NewAllianceCheckIn(on, new AllianceAnswers(4, 4, 4, 4, 4, 1 + i % 5), null));
		}
	}

	private MockHttpServletRequestBuilder workValues(MockHttpServletRequestBuilder request, int answer,
			java.util.Map<String, String> overrides) {
		request.cookie(this.session)
			.with(csrf())
			.param("moment", "INTAKE")
			.param("takenOn", TODAY.toString())
			.param("remark", "Eerste keer");
		WorkValue[] values = WorkValue.values();
		for (int i = 0; i < values.length; i++) {
			request.param("values[" + i + "].value", values[i].name());
			for (String question : List.of("importance", "enabled", "realised")) {
				String name = "values[" + i + "]." + question;
				request.param(name, overrides.getOrDefault(name, String.valueOf(answer)));
			}
		}
		return request;
	}

	private MockHttpServletRequestBuilder alliance(MockHttpServletRequestBuilder request, String answer, Cookie session,
			LocalDate on) {
		return request.cookie(session)
			.with(csrf())
			.param("takenOn", on.toString())
			.param("goalsShared", answer)
			.param("goalsClear", answer)
			.param("tasksHelpful", answer)
			.param("tasksAgreed", answer)
			.param("bondTrust", answer)
			.param("bondRespect", answer);
	}

}
