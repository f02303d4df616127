package nl.tandem.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.identity.CurrentUser;
import nl.tandem.plan.Plans;
import nl.tandem.trajectory.EndReason;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

/**
 * Trajectories at the end of the coaching and their evaluations, made through the
 * services.
 */
record EvaluationFixtures(TrajectoryFixtures make, Trajectories trajectories, Plans plans, Evaluations evaluations) {

	static final LocalDate TODAY = TrajectoryFixtures.TODAY;

	/**
	 * An active trajectory of the organisation's coach moved to the evaluation phase.
	 */
	long inEvaluation(TestOrganisation organisation, String given) {
		long id = this.make.active(organisation, organisation.coach(), given, "Evaluatie");
		CurrentUser coach = organisation.coach().user();
		this.trajectories.startEvaluation(coach, id, this.make.version(coach, id));
		return id;
	}

	UUID goal(CurrentUser coach, long id) {
		return this.plans.agreedGoals(this.trajectories.frame(coach, id)).keySet().iterator().next();
	}

	/**
	 * A complete evaluation: the goal reached, working 24 hours a week at the same
	 * employer.
	 */
	EvaluationContent complete(CurrentUser coach, long id) {
		return new EvaluationContent(TODAY, Set.of(Attendee.PARTICIPANT, Attendee.SUPERVISOR, Attendee.COACH),
				List.of(new EvaluationContent.Goal(goal(coach, id), GoalResult.REACHED, "Geeft het nu zelf aan")),
				"De vaste gesprekken met de leidinggevende", "Elke maand een kort gesprek", Outcome.SAME_EMPLOYER,
				new BigDecimal("24"));
	}

	/**
	 * A trajectory evaluated and closed with the goals reached today.
	 */
	long closed(TestOrganisation organisation, String given) {
		long id = inEvaluation(organisation, given);
		CurrentUser coach = organisation.coach().user();
		this.evaluations.save(coach, id, null, complete(coach, id), true);
		this.trajectories.close(coach, id, this.make.version(coach, id), EndReason.GOALS_REACHED, null);
		return id;
	}

}
