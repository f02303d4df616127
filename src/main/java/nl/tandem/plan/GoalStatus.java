package nl.tandem.plan;

/**
 * How far a goal has come.
 */
public enum GoalStatus {

	OPEN, IN_PROGRESS, REACHED, NOT_REACHED, DROPPED

}
