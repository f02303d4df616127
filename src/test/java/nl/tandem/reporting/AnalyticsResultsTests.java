package nl.tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.StatementCounter;
import nl.tandem.TandemTest;
import nl.tandem.coaching.Logbook;
import nl.tandem.employer.Employers;
import nl.tandem.evaluation.Evaluations;
import nl.tandem.evaluation.FollowUps;
import nl.tandem.evaluation.GoalResult;
import nl.tandem.evaluation.Outcome;
import nl.tandem.evaluation.Outcomes;
import nl.tandem.evaluation.Ratings;
import nl.tandem.identity.CurrentUser;
import nl.tandem.monitoring.CheckIns;
import nl.tandem.plan.Plans;
import nl.tandem.trajectory.EndReason;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the coaching achieved, on a hand-made set whose answers are known. Closed in the
 * last month:
 * <ul>
 * <li>A: 30 hours; capability set 2 at intake, 5 at evaluation; working at the same
 * employer; rated 9 and 7 at the end; still working after 6 months;</li>
 * <li>B: 10 hours; capability set 3, then 2; not working; rated 3 and 6; not working
 * after 6 months;</li>
 * <li>C: 90 hours; closed because the participant moved, without an evaluation.</li>
 * </ul>
 * D is still coached, and another organisation's evaluated trajectory counts for nothing.
 */
@TandemTest
class AnalyticsResultsTests {

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
	Logbook logbook;

	@Autowired
	CheckIns checkIns;

	@Autowired
	Evaluations evaluations;

	@Autowired
	Ratings ratings;

	@Autowired
	FollowUps followUps;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Analytics analytics;

	TestOrganisation organisation;

	OutcomeFixtures make;

	@BeforeEach
	void handMadeSet() {
		this.make = new OutcomeFixtures(new TrajectoryFixtures(this.trajectories, this.employers, this.plans),
				this.trajectories, this.plans, this.logbook, this.checkIns, this.evaluations, this.ratings,
				this.followUps, this.jdbc);
		this.organisation = this.fixtures.organisation();
		CurrentUser coach = this.organisation.coach().user();
		long a = this.make.coached(this.organisation, "Anna", "Dertig", 30);
		this.make.workValues(coach, a, 2, 5);
		this.make.evaluateAndClose(this.organisation.coach(), a, Outcome.SAME_EMPLOYER, new BigDecimal("24"),
				GoalResult.REACHED, "Vaste gesprekken");
		this.make.rate(coach, a, Ratings.END, 9, 7);
		this.make.followUpAfterSixMonths(coach, this.organisation.id(), a, Outcome.SAME_EMPLOYER);
		long b = this.make.coached(this.organisation, "Bram", "Tien", 10);
		this.make.workValues(coach, b, 3, 2);
		this.make.evaluateAndClose(this.organisation.coach(), b, Outcome.NOT_WORKING, null, GoalResult.NOT_REACHED,
				"Weinig");
		this.make.rate(coach, b, Ratings.END, 3, 6);
		this.make.followUpAfterSixMonths(coach, this.organisation.id(), b, Outcome.NOT_WORKING);
		long c = this.make.coached(this.organisation, "Cor", "Negentig", 90);
		this.trajectories.close(coach, c, this.make.make().version(coach, c), EndReason.MOVED, null);
		this.make.coached(this.organisation, "Dirk", "Bezig", 1);
		TestOrganisation other = this.fixtures.organisation();
		long elsewhere = this.make.coached(other, "Elders", "Geteld", 50);
		this.make.evaluateAndClose(other.coach(), elsewhere, Outcome.EDUCATION, null, GoalResult.REACHED, "Elders");
		this.make.rate(other.coach().user(), elsewhere, Ratings.END, 1, 1);
	}

	@Test
	void outcomeSharesRetentionAndSatisfactionAgainstTheNorm() {
		Results r = this.analytics.figures(this.organisation.teamLead().user(), month()).results();
		assertThat(r.evaluated()).isEqualTo(2);
		assertThat(r.outcomes()).containsEntry(Outcome.SAME_EMPLOYER, 1)
			.containsEntry(Outcome.NOT_WORKING, 1)
			.containsEntry(Outcome.EDUCATION, 0);
		assertThat(r.percent(Outcome.SAME_EMPLOYER)).isEqualTo(50);
		assertThat(r.sixMonths()).isEqualTo(new Outcomes.Retention(6, 2, 2, 1));
		assertThat(r.sixMonths().percentWorking()).isEqualTo(50);
		assertThat(r.twelveMonths().due()).isZero();
		assertThat(r.twelveMonths().percentWorking()).isNull();
		// participant (9 + 3) / 2 = 6.0, below the norm; employer (7 + 6) / 2 = 6.5, at
		// it
		assertThat(r.ratings().participantAverage()).isEqualTo(6.0);
		assertThat(r.ratings().employerAverage()).isEqualTo(6.5);
		assertThat(r.ratings().participantScores()).isEqualTo(2);
		assertThat(r.ratings().meetsNorm()).isFalse();
	}

	@Test
	void workValuesChangeAndHoursAgainstOutcomePerTrajectoryAndPerBand() {
		Results r = this.analytics.figures(this.organisation.admin().user(), month()).results();
		assertThat(r.capability()).isEqualTo(new Results.Capability(2, 2.5, 3.5));
		assertThat(r.capability().change()).isEqualTo(1.0);
		assertThat(r.points()).containsExactly(new Results.Point(30.0, Outcome.SAME_EMPLOYER, true, 3),
				new Results.Point(10.0, Outcome.NOT_WORKING, false, -1), new Results.Point(90.0, null, null, null));
		assertThat(r.bands()).containsExactly(new Results.Band(HoursBand.UNDER_20, 1, 1, 0, 1, 0, -1.0),
				new Results.Band(HoursBand.FROM_20_TO_40, 1, 1, 1, 1, 1, 3.0),
				new Results.Band(HoursBand.FROM_40_TO_80, 0, 0, 0, 0, 0, null),
				new Results.Band(HoursBand.FROM_80, 1, 0, 0, 0, 0, null));
		assertThat(r.bands().get(0).percentWorkingAtEnd()).isZero();
		assertThat(r.bands().get(1).percentWorkingAfterSixMonths()).isEqualTo(100);
		assertThat(r.bands().get(3).percentWorkingAtEnd()).isNull();
	}

	@Test
	void theBandsHaveTheirEdgesWhereTheLabelsSay() {
		assertThat(HoursBand.of(19 * 60 + 59)).isEqualTo(HoursBand.UNDER_20);
		assertThat(HoursBand.of(20 * 60)).isEqualTo(HoursBand.FROM_20_TO_40);
		assertThat(HoursBand.of(40 * 60)).isEqualTo(HoursBand.FROM_40_TO_80);
		assertThat(HoursBand.of(80 * 60)).isEqualTo(HoursBand.FROM_80);
	}

	@Test
	void aCoachCountsOnlyTheirOwnAndAnotherCoachNothing() {
		assertThat(this.analytics.figures(this.organisation.coach().user(), month()).results().evaluated())
			.isEqualTo(2);
		Results none = this.analytics.figures(this.organisation.otherCoach().user(), month()).results();
		assertThat(none.evaluated()).isZero();
		assertThat(none.points()).isEmpty();
		assertThat(none.capability()).isNull();
		assertThat(none.ratings().participantAverage()).isNull();
	}

	@Test
	void theDashboardTakesAFixedNumberOfStatementsWhateverTheNumberOfTrajectories() {
		StatementCounter.reset();
		this.analytics.figures(this.organisation.admin().user(), month());
		int three = StatementCounter.count();
		CurrentUser coach = this.organisation.coach().user();
		for (int i = 0; i < 4; i++) {
			long more = this.make.coached(this.organisation, "Meer" + i, "Gesloten", 5 + i);
			this.make.workValues(coach, more, 1, 2);
			this.make.evaluateAndClose(this.organisation.coach(), more, Outcome.OTHER_EMPLOYER, new BigDecimal("16"),
					GoalResult.PARTLY_REACHED, "Meer");
			this.make.rate(coach, more, Ratings.END, 7, 8);
		}
		StatementCounter.reset();
		Analytics.Figures seven = this.analytics.figures(this.organisation.admin().user(), month());
		assertThat(seven.closed()).isEqualTo(7);
		// cohort, hours, goals, caseloads, and outcomes, ratings, follow-ups, work values
		assertThat(StatementCounter.count()).isEqualTo(three).isLessThanOrEqualTo(10);
	}

	@Test
	void thePageHasEveryNewChartWithItsTableAndTheCsvHasTheFigures() throws Exception {
		this.mvc.perform(get("/reports/analytics").cookie(this.logins.session(this.organisation.teamLead())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Waar de deelnemers na de begeleiding terechtkwamen")))
			.andExpect(content().string(containsString("Werkt bij dezelfde werkgever")))
			.andExpect(content().string(containsString("Na 6 maanden")))
			.andExpect(content().string(containsString("Tevredenheid over de begeleiding (norm 6,5)")))
			.andExpect(content().string(containsString("onder de norm")))
			.andExpect(content().string(containsString("canvas class=\"scatter-chart\"")))
			.andExpect(content().string(containsString("minder dan 20")))
			.andExpect(content().string(containsString("1 / 1 (100%)")))
			.andExpect(content().string(containsString("href=\"/reports/research-export\"")))
			.andExpect(content().string(not(containsString("Dertig"))))
			.andExpect(content().string(not(containsString("Vaste gesprekken"))));
		this.mvc
			.perform(get("/reports/analytics.csv").param("from", TODAY.minusDays(30).toString())
				.param("to", TODAY.toString())
				.cookie(this.logins.session(this.organisation.teamLead())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"outcome.SAME_EMPLOYER\";1\r\n")))
			.andExpect(content().string(containsString("\"retention.6m.percentWorking\";50\r\n")))
			.andExpect(content().string(containsString("\"satisfaction.participant.average\";6,0\r\n")))
			.andExpect(content().string(containsString("\"satisfaction.employer.average\";6,5\r\n")))
			.andExpect(content().string(containsString("\"capability.atIntake\";2,5\r\n")))
			.andExpect(content().string(containsString("\"hoursBand.UNDER_20.workingAfter6m\";0\r\n")))
			.andExpect(content().string(containsString("\"hoursBand.FROM_80.trajectories\";1\r\n")))
			.andExpect(content().string(containsString("\"trajectory.1.hours\";30,0\r\n")))
			.andExpect(content().string(containsString("\"trajectory.2.capabilityChange\";-1\r\n")))
			.andExpect(content().string(not(containsString("Dertig"))));
		// the coach sees the figures of their own trajectories, not the export
		this.mvc.perform(get("/reports/analytics").cookie(this.logins.session(this.organisation.coach())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/reports/research-export\""))));
	}

	private static Analytics.Filter month() {
		return new Analytics.Filter(TODAY.minusDays(30), TODAY, null, null, null);
	}

}
