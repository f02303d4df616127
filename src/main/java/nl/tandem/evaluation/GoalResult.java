package nl.tandem.evaluation;

import nl.tandem.plan.GoalStatus;

/**
 * How far a goal of the plan came, as participant, employer and coach agree in the
 * evaluation meeting.
 */
public enum GoalResult {

	REACHED, PARTLY_REACHED, NOT_REACHED, NEEDS_MORE_SUPPORT;

	/**
	 * The status the goal gets in the plan when the evaluation is completed: only a goal
	 * that was reached counts as reached.
	 */
	public GoalStatus planStatus() {
		return (this == REACHED) ? GoalStatus.REACHED : GoalStatus.NOT_REACHED;
	}

}
