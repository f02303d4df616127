package nl.tandem.plan;

/**
 * Whether a goal is about the work or about the participant's life beside it.
 */
public enum GoalArea {

	WORK, PERSONAL

}
