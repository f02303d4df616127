package nl.tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.coaching.Logbook;
import nl.tandem.coaching.TimeCategory;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.plan.GoalStatus;
import nl.tandem.plan.Plans;
import nl.tandem.trajectory.EndReason;
import nl.tandem.trajectory.Funder;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every figure on a small data set whose answers are known: three trajectories referred
 * two days ago and started today; one still coached, one closed after the participant
 * moved (120 minutes, its goal reached), one closed because the participant stopped (60
 * minutes, its goal not reached).
 */
@TandemTest
class AnalyticsTests {

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
	Analytics analytics;

	TestOrganisation organisation;

	TrajectoryFixtures make;

	CurrentUser coach;

	@BeforeEach
	void threeTrajectories() {
		this.make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach().user();
		this.make.active(this.organisation, this.organisation.coach(), "Blijft", "Actief");
		long moved = this.make.active(this.organisation, this.organisation.coach(), "Is", "Zuiderzee");
		time(moved, 90, 30);
		reached(moved, GoalStatus.REACHED);
		this.trajectories.close(this.coach, moved, this.make.version(this.coach, moved), EndReason.MOVED, null);
		long stopped = this.make.active(this.organisation, this.organisation.coach(), "Is", "Gestopt");
		time(stopped, 60);
		reached(stopped, GoalStatus.NOT_REACHED);
		this.trajectories.close(this.coach, stopped, this.make.version(this.coach, stopped),
				EndReason.PARTICIPANT_STOPPED, null);
		// not counted: another organisation's trajectory
		TestOrganisation other = this.fixtures.organisation();
		this.make.active(other, other.coach(), "Elders", "Geteld");
	}

	@Test
	void everyFigureOfThePeriod() {
		Analytics.Figures f = this.analytics.figures(this.organisation.teamLead().user(), month(null, null));
		assertThat(f.started()).isEqualTo(3);
		assertThat(f.coached()).isEqualTo(1);
		assertThat(f.closed()).isEqualTo(2);
		assertThat(f.endReasons()).containsEntry(EndReason.MOVED, 1)
			.containsEntry(EndReason.PARTICIPANT_STOPPED, 1)
			.containsEntry(EndReason.GOALS_REACHED, 0);
		assertThat(f.percent(EndReason.MOVED)).isEqualTo(50);
		// (120 + 60) minutes over 2 closed trajectories; each counts as at least a week
		// of coaching
		assertThat(f.hoursPerTrajectory()).isEqualTo("1.5");
		assertThat(f.hoursPerWeek()).isEqualTo("1.5");
		assertThat(f.goalsReachedPercent()).isEqualTo(50);
		assertThat(f.referralToStartDays()).isEqualTo(2);
		assertThat(f.caseloads()).filteredOn(c -> c.coachId() == this.organisation.coach().personId())
			.singleElement()
			.satisfies(c -> assertThat(c.active()).isEqualTo(1));
	}

	@Test
	void aPeriodBeforeAnythingHappenedCountsNothing() {
		Analytics.Figures f = this.analytics.figures(this.organisation.admin().user(),
				new Analytics.Filter(TODAY.minusYears(2), TODAY.minusYears(1), null, null, null));
		assertThat(f.started()).isZero();
		assertThat(f.closed()).isZero();
		assertThat(f.hoursPerTrajectory()).isNull();
		assertThat(f.goalsReachedPercent()).isNull();
		assertThat(f.referralToStartDays()).isNull();
	}

	@Test
	void everyoneCountsTheirOwnScopeAndTheFilters() {
		assertThat(this.analytics.figures(this.coach, month(null, null)).started()).isEqualTo(3);
		assertThat(this.analytics.figures(this.organisation.otherCoach().user(), month(null, null)).started()).isZero();
		assertThat(this.analytics.figures(this.organisation.admin().user(), month(null, null)).started()).isEqualTo(3);
		assertThat(this.analytics.figures(this.organisation.admin().user(), month(null, Funder.MUNICIPALITY)).started())
			.isZero();
		assertThat(this.analytics
			.figures(this.organisation.admin().user(), month(this.organisation.otherCoach().personId(), null))
			.started()).isZero();
	}

	@Test
	void thePageShowsTheFiguresWithChartsAndTablesAndTheCsvHasThem() throws Exception {
		this.mvc.perform(get("/reports/analytics").cookie(this.logins.session(this.organisation.teamLead())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Afgesloten")))
			.andExpect(content().string(containsString("canvas class=\"bar-chart\"")))
			.andExpect(content().string(containsString("Deelnemer is gestopt")))
			.andExpect(content().string(containsString("50%")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Zuiderzee"))));
		this.mvc
			.perform(get("/reports/analytics.csv").param("from", TODAY.minusDays(30).toString())
				.param("to", TODAY.toString())
				.cookie(this.logins.session(this.organisation.teamLead())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"closed\";2")))
			.andExpect(content().string(containsString("\"hoursPerTrajectory\";1,5")));
		this.mvc
			.perform(get("/reports/analytics").param("from", TODAY.toString())
				.param("to", TODAY.minusDays(1).toString())
				.cookie(this.logins.session(this.organisation.teamLead())))
			.andExpect(status().isBadRequest());
	}

	private Analytics.Filter month(Long coach, Funder funder) {
		return new Analytics.Filter(TODAY.minusDays(30), TODAY, null, coach, funder);
	}

	private void time(long trajectory, int... minutes) {
		for (int m : minutes) {
			this.logbook.register(this.coach, trajectory,
					new Logbook.NewEntry(TimeCategory.DIRECT, TODAY, m, null, Set.of(), false));
		}
	}

	private void reached(long trajectory, GoalStatus status) {
		UUID goal = this.plans.page(this.coach, trajectory, null).plan().goals().get(0).key();
		this.plans.recordProgress(this.coach, trajectory, goal, status, 5, null);
	}

}
