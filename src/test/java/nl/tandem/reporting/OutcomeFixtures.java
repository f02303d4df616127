package nl.tandem.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.tandem.Fixtures.Member;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.coaching.Logbook;
import nl.tandem.coaching.TimeCategory;
import nl.tandem.evaluation.Attendee;
import nl.tandem.evaluation.EvaluationContent;
import nl.tandem.evaluation.Evaluations;
import nl.tandem.evaluation.FollowUpResult;
import nl.tandem.evaluation.FollowUpView;
import nl.tandem.evaluation.FollowUps;
import nl.tandem.evaluation.GoalResult;
import nl.tandem.evaluation.NewRating;
import nl.tandem.evaluation.Outcome;
import nl.tandem.evaluation.Ratings;
import nl.tandem.identity.CurrentUser;
import nl.tandem.monitoring.CheckIns;
import nl.tandem.monitoring.NewWorkValueCheckIn;
import nl.tandem.monitoring.WorkValueAnswer;
import nl.tandem.monitoring.WorkValueMoment;
import nl.tandem.participant.WorkValue;
import nl.tandem.plan.Plans;
import nl.tandem.trajectory.EndReason;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Trajectories with what came of them, made through the services: hours in the logbook,
 * work values at the intake and the evaluation, a completed evaluation, ratings and a
 * checked follow-up.
 */
record OutcomeFixtures(TrajectoryFixtures make, Trajectories trajectories, Plans plans, Logbook logbook,
		CheckIns checkIns, Evaluations evaluations, Ratings ratings, FollowUps followUps, JdbcClient jdbc) {

	static final LocalDate TODAY = TrajectoryFixtures.TODAY;

	/**
	 * An active trajectory of the organisation's coach with {@code hours} direct hours
	 * today (in entries of 10 hours, confirmed beyond the grant).
	 */
	long coached(TestOrganisation organisation, String given, String family, int hours) {
		long id = this.make.active(organisation, organisation.coach(), given, family);
		CurrentUser coach = organisation.coach().user();
		int minutes = hours * 60;
		while (minutes > 0) {
			int now = Math.min(600, minutes);
			this.logbook.register(coach, id,
					new Logbook.NewEntry(TimeCategory.DIRECT, TODAY, now, null, Set.of(), true));
			minutes -= now;
		}
		return id;
	}

	/**
	 * Work-values check-ins at the intake and at the evaluation with the given number of
	 * values in the capability set.
	 */
	void workValues(CurrentUser coach, long id, int atIntake, int atEvaluation) {
		this.checkIns.recordWorkValues(coach, id,
				new NewWorkValueCheckIn(WorkValueMoment.INTAKE, TODAY, answers(atIntake), null));
		this.checkIns.recordWorkValues(coach, id,
				new NewWorkValueCheckIn(WorkValueMoment.EVALUATION, TODAY, answers(atEvaluation), null));
	}

	/**
	 * Evaluates the trajectory (its goal with {@code result}) with the outcome, and
	 * closes it with the goals reached.
	 */
	void evaluateAndClose(Member coachMember, long id, Outcome outcome, BigDecimal hoursPerWeek, GoalResult result,
			String whatHelped) {
		CurrentUser coach = coachMember.user();
		this.trajectories.startEvaluation(coach, id, this.make.version(coach, id));
		UUID goal = this.plans.agreedGoals(this.trajectories.frame(coach, id)).keySet().iterator().next();
		this.evaluations.save(coach, id, null,
				new EvaluationContent(TODAY, Set.of(Attendee.PARTICIPANT, Attendee.SUPERVISOR, Attendee.COACH),
						List.of(new EvaluationContent.Goal(goal, result, "Opmerking bij het doel")), whatHelped,
						"Elke maand een kort gesprek", outcome, hoursPerWeek),
				true);
		this.trajectories.close(coach, id, this.make.version(coach, id), EndReason.GOALS_REACHED, null);
	}

	void rate(CurrentUser coach, long id, int period, Integer participant, Integer employer) {
		this.ratings.record(coach, id, new NewRating(period, TODAY, participant, employer, "Een opmerking"));
	}

	/**
	 * Makes the 6-month follow-up of the trajectory due and checks it.
	 */
	void followUpAfterSixMonths(CurrentUser coach, long organisationId, long id, Outcome situation) {
		this.jdbc
			.sql("update follow_up set due_on = current_date - 1 where organisation_id = :o and trajectory_id = :t"
					+ " and months = 6")
			.param("o", organisationId)
			.param("t", id)
			.update();
		FollowUpView six = this.followUps.ofTrajectory(organisationId, id)
			.stream()
			.filter(f -> f.months() == 6)
			.findFirst()
			.orElseThrow();
		this.followUps.record(coach, id, six.id(), six.version(),
				new FollowUpResult(TODAY, situation, situation.isWorking() ? new BigDecimal("20") : null, null));
	}

	/**
	 * Answers to the seven work values of which the first {@code inSet} are in the
	 * capability set (all 4) and the others not (enabled 2).
	 */
	static List<WorkValueAnswer> answers(int inSet) {
		WorkValue[] values = WorkValue.values();
		return Arrays.stream(values)
			.map(v -> (v.ordinal() < inSet) ? new WorkValueAnswer(v, 4, 4, 4) : new WorkValueAnswer(v, 4, 2, 3))
			.toList();
	}

}
