package nl.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.TandemTest;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.plan.Plans;
import nl.tandem.trajectory.EndReason;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read models for analytics on a small hand-made set whose answers are known: A
 * evaluated and working 24 hours at the same employer, rated 8/6 in period 1 and 9/7 at
 * the end, still working at 6 months; B evaluated and not working, a goal needing more
 * support, not working at 6 months; C still active, rated 5 by the participant.
 */
@TandemTest
class OutcomesTests {

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
	Outcomes outcomes;

	@Autowired
	JdbcClient jdbc;

	TestOrganisation organisation;

	long a;

	long b;

	long c;

	@BeforeEach
	void handMadeSet() {
		TrajectoryFixtures make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		EvaluationFixtures evaluated = new EvaluationFixtures(make, this.trajectories, this.plans, this.evaluations);
		this.organisation = this.fixtures.organisation();
		CurrentUser coach = this.organisation.coach().user();
		this.a = evaluated.closed(this.organisation, "Anna");
		this.b = evaluated.inEvaluation(this.organisation, "Bram");
		this.evaluations.save(coach, this.b, null,
				new EvaluationContent(TODAY, Set.of(Attendee.PARTICIPANT, Attendee.COACH), List
					.of(new EvaluationContent.Goal(evaluated.goal(coach, this.b), GoalResult.NEEDS_MORE_SUPPORT, null)),
						null, null, Outcome.NOT_WORKING, null),
				true);
		this.trajectories.close(coach, this.b, make.version(coach, this.b), EndReason.PARTICIPANT_STOPPED, null);
		this.c = make.active(this.organisation, this.organisation.coach(), "Cor", "Actief");
		this.ratings.record(coach, this.a, new NewRating(1, TODAY, 8, 6, "Tevreden"));
		this.ratings.record(coach, this.a, new NewRating(Ratings.END, TODAY, 9, 7, null));
		this.ratings.record(coach, this.c, new NewRating(1, TODAY, 5, null, null));
		this.jdbc.sql("update follow_up set due_on = current_date - 1 where organisation_id = :o and months = 6")
			.param("o", this.organisation.id())
			.update();
		check(coach, this.a, Outcome.SAME_EMPLOYER, new BigDecimal("24"));
		check(coach, this.b, Outcome.NOT_WORKING, null);
	}

	@Test
	void outcomesPerTrajectoryAndTheirCounts() {
		var rows = this.outcomes.outcomes(this.organisation.id(), List.of(this.a, this.b, this.c));
		assertThat(rows).containsOnlyKeys(this.a, this.b);
		assertThat(rows.get(this.a).outcome()).isEqualTo(Outcome.SAME_EMPLOYER);
		assertThat(rows.get(this.a).minutesPerWeek()).isEqualTo(24 * 60);
		assertThat(rows.get(this.a).goalsReached()).isEqualTo(1);
		assertThat(rows.get(this.b).goalsNeedingMoreSupport()).isEqualTo(1);
		assertThat(rows.get(this.b).goals()).isEqualTo(1);
		assertThat(this.outcomes.outcomeCounts(this.organisation.id(), List.of(this.a, this.b, this.c)))
			.containsEntry(Outcome.SAME_EMPLOYER, 1)
			.containsEntry(Outcome.NOT_WORKING, 1)
			.containsEntry(Outcome.EDUCATION, 0);
	}

	@Test
	void ratingsPerTrajectoryAndOnAverageAgainstTheNorm() {
		var rows = this.outcomes.ratings(this.organisation.id(), List.of(this.a, this.b, this.c));
		assertThat(rows).containsOnlyKeys(this.a, this.c);
		assertThat(rows.get(this.a).participantAverage()).isEqualTo(8.5);
		assertThat(rows.get(this.a).employerAverage()).isEqualTo(6.5);
		assertThat(rows.get(this.a).participantAtEnd()).isEqualTo(9);
		assertThat(rows.get(this.a).moments()).isEqualTo(2);
		assertThat(rows.get(this.c).employerAverage()).isNull();
		Outcomes.RatingAverages all = this.outcomes.averageRatings(this.organisation.id(),
				List.of(this.a, this.b, this.c));
		assertThat(all.participantAverage()).isCloseTo(22 / 3.0, within(0.001));
		assertThat(all.participantScores()).isEqualTo(3);
		assertThat(all.employerAverage()).isEqualTo(6.5);
		assertThat(all.meetsNorm()).isTrue();
		assertThat(this.outcomes.averageRatings(this.organisation.id(), List.of(this.c)).meetsNorm()).isFalse();
	}

	@Test
	void followUpsAndRetentionAfterClosure() {
		var rows = this.outcomes.followUps(this.organisation.id(), List.of(this.a, this.b, this.c));
		assertThat(rows).containsOnlyKeys(this.a, this.b);
		assertThat(rows.get(this.a)).containsOnlyKeys(6, 12, 24);
		assertThat(rows.get(this.a).get(6).situation()).isEqualTo(Outcome.SAME_EMPLOYER);
		assertThat(rows.get(this.a).get(12).checkedOn()).isNull();
		Outcomes.Retention six = this.outcomes.retention(this.organisation.id(), List.of(this.a, this.b, this.c), 6,
				TODAY);
		assertThat(six).isEqualTo(new Outcomes.Retention(6, 2, 2, 1));
		assertThat(six.percentWorking()).isEqualTo(50);
		assertThat(this.outcomes.retention(this.organisation.id(), List.of(this.a, this.b), 12, TODAY).due()).isZero();
	}

	@Test
	void anotherOrganisationsTrajectoriesCountForNothing() {
		long other = this.fixtures.organisation().id();
		assertThat(this.outcomes.outcomes(other, List.of(this.a, this.b))).isEmpty();
		assertThat(this.outcomes.ratings(other, List.of(this.a))).isEmpty();
		assertThat(this.outcomes.averageRatings(other, List.of(this.a)).participantScores()).isZero();
		assertThat(this.outcomes.retention(other, List.of(this.a, this.b), 6, TODAY).due()).isZero();
	}

	private void check(CurrentUser coach, long id, Outcome situation, BigDecimal hours) {
		FollowUpView six = this.followUps.ofTrajectory(this.organisation.id(), id).get(0);
		this.followUps.record(coach, id, six.id(), six.version(), new FollowUpResult(TODAY, situation, hours, null));
	}

}
