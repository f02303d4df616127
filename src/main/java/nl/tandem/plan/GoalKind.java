package nl.tandem.plan;

/**
 * A learning goal names what the participant wants to learn; a performance goal names a
 * result to reach. Learning goals keep people going when results are slow to come.
 */
public enum GoalKind {

	LEARNING, PERFORMANCE

}
