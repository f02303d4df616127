/**
 * The end of a trajectory and what came of it: the evaluation meeting of participant,
 * employer and coach, the satisfaction ratings of participant and employer, the
 * follow-ups after closure, and the read models of outcomes for analytics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation and follow-up")
package nl.tandem.evaluation;
