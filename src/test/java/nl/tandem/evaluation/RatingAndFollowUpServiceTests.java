package nl.tandem.evaluation;

import static nl.tandem.evaluation.EvaluationServiceTests.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.TandemTest;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.plan.Plans;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.trajectory.EndReason;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@TandemTest
class RatingAndFollowUpServiceTests {

	static final LocalDate TODAY = TrajectoryFixtures.TODAY;

	@Autowired
	Fixtures fixtures;

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

	TrajectoryFixtures make;

	EvaluationFixtures evaluated;

	TestOrganisation organisation;

	CurrentUser coach;

	@BeforeEach
	void organisation() {
		this.make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.evaluated = new EvaluationFixtures(this.make, this.trajectories, this.plans, this.evaluations);
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach().user();
	}

	@Test
	void ratingsAreZeroToTenOnePerMomentAndCorrectedOnlyFromTheLatestVersion() {
		long id = this.make.active(this.organisation, this.organisation.coach(), "Roos", "Cijfer");
		assertRefused(() -> new NewRating(1, TODAY, 11, null, null), "rating.score.range");
		assertRefused(() -> new NewRating(1, TODAY, null, -1, null), "rating.score.range");
		assertRefused(() -> new NewRating(1, TODAY, null, null, null), "rating.score.required");
		assertRefused(() -> this.ratings.record(this.coach, id, new NewRating(3, TODAY, 7, 8, null)),
				"rating.period.unknown");
		assertRefused(() -> this.ratings.record(this.coach, id, new NewRating(1, TODAY.plusDays(1), 7, 8, null)),
				"rating.date.invalid");
		long first = this.ratings.record(this.coach, id, new NewRating(1, TODAY, 7, 6, "Prima"));
		this.ratings.record(this.coach, id, new NewRating(Ratings.END, TODAY, 9, null, null));
		assertRefused(() -> this.ratings.record(this.coach, id, new NewRating(1, TODAY, 8, 8, null)),
				"rating.period.taken");
		this.ratings.correct(this.coach, id, first, 0, new NewRating(1, TODAY, 8, 6, "Prima"));
		assertThatThrownBy(() -> this.ratings.correct(this.coach, id, first, 0, new NewRating(1, TODAY, 2, 2, null)))
			.isInstanceOf(ConcurrentEditException.class);
		List<RatingView> all = this.ratings.ofTrajectory(this.organisation.id(), id);
		assertThat(all).extracting(RatingView::periodNumber).containsExactly(1, Ratings.END);
		assertThat(all.get(0).participantScore()).isEqualTo(8);
		assertThat(all.get(0).belowNorm()).as("the employer gave a 6").isTrue();
		assertThat(all.get(1).belowNorm()).isFalse();
	}

	@Test
	void onlyTheCoachEntersRatings() {
		long id = this.make.active(this.organisation, this.organisation.coach(), "Roos", "Lead");
		assertThatThrownBy(
				() -> this.ratings.record(this.organisation.teamLead().user(), id, new NewRating(1, TODAY, 7, 7, null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> this.ratings.record(this.organisation.admin().user(), id, new NewRating(1, TODAY, 7, 7, null)))
			.isInstanceOf(nl.tandem.platform.NotFoundException.class);
		assertThat(this.fixtures.count("satisfaction_rating", this.organisation)).isZero();
	}

	@Test
	void closingATrajectorySchedulesFollowUpsAtSixTwelveAndTwentyFourMonths() {
		long id = this.evaluated.closed(this.organisation, "Nina");
		assertThat(this.followUps.ofTrajectory(this.organisation.id(), id))
			.extracting(FollowUpView::months, FollowUpView::dueOn)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(6, TODAY.plusMonths(6)),
					org.assertj.core.groups.Tuple.tuple(12, TODAY.plusMonths(12)),
					org.assertj.core.groups.Tuple.tuple(24, TODAY.plusMonths(24)));
		long other = this.make.active(this.organisation, this.organisation.coach(), "Stopt", "Vroeg");
		this.trajectories.close(this.coach, other, this.make.version(this.coach, other), EndReason.PARTICIPANT_STOPPED,
				null);
		assertThat(this.followUps.ofTrajectory(this.organisation.id(), other)).hasSize(3);
		assertThat(this.fixtures.count("follow_up", this.organisation)).isEqualTo(6);
	}

	@Test
	void aFollowUpRecordsWhetherThePersonStillWorksAndShowsOnTheHomePageWhenDue() {
		long id = this.evaluated.closed(this.organisation, "Femke");
		assertThat(this.followUps.due(this.organisation.id(), this.coach.personId(), TODAY)).isEmpty();
		List<FollowUps.Due> due = this.followUps.due(this.organisation.id(), this.coach.personId(),
				TODAY.plusMonths(6));
		assertThat(due).hasSize(1);
		assertThat(due.get(0).participantName()).isEqualTo("Femke Evaluatie");
		assertThat(this.followUps.due(this.organisation.id(), this.organisation.otherCoach().personId(),
				TODAY.plusMonths(6)))
			.isEmpty();
		long sixMonths = due.get(0).followUp().id();
		assertRefused(() -> new FollowUpResult(TODAY, Outcome.SAME_EMPLOYER, null, null), "followUp.hours.required");
		assertRefused(() -> new FollowUpResult(TODAY, null, null, null), "followUp.situation.required");
		assertRefused(
				() -> this.followUps.record(this.coach, id, sixMonths, 0,
						new FollowUpResult(TODAY.minusDays(1), Outcome.NOT_WORKING, null, null)),
				"followUp.date.invalid");
		assertThatThrownBy(() -> this.followUps.record(this.organisation.teamLead().user(), id, sixMonths, 0,
				new FollowUpResult(TODAY, Outcome.NOT_WORKING, null, null)))
			.isInstanceOf(AccessDeniedException.class);
		this.followUps.record(this.coach, id, sixMonths, 0,
				new FollowUpResult(TODAY, Outcome.OTHER_EMPLOYER, new BigDecimal("20"), "Nieuwe baan"));
		assertThatThrownBy(() -> this.followUps.record(this.coach, id, sixMonths, 0,
				new FollowUpResult(TODAY, Outcome.NOT_WORKING, null, null)))
			.isInstanceOf(ConcurrentEditException.class);
		FollowUpView recorded = this.followUps.followUp(this.coach, id, sixMonths);
		assertThat(recorded.situation()).isEqualTo(Outcome.OTHER_EMPLOYER);
		assertThat(recorded.minutesPerWeek()).isEqualTo(20 * 60);
		assertThat(this.followUps.due(this.organisation.id(), this.coach.personId(), TODAY.plusMonths(6))).isEmpty();
	}

	@Test
	void aFollowUpBelongsToAClosedTrajectory() {
		long id = this.evaluated.closed(this.organisation, "Kees");
		long reactivated = this.trajectories.reactivate(this.coach, id, "Nieuwe leidinggevende");
		assertThat(this.followUps.ofTrajectory(this.organisation.id(), reactivated)).isEmpty();
		assertThat(this.followUps.ofTrajectory(this.organisation.id(), id)).hasSize(3);
	}

}
