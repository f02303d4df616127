package nl.tandem.plan;

/**
 * The soft-factor domains in which attention points are kept, plus free ones.
 */
public enum AttentionDomain {

	WORK_ATTITUDE, COMMUNICATION, MOTIVATION, WORK_PACE, PERFORMANCE, WORKPLACE_ENVIRONMENT, SOCIAL_ENVIRONMENT, OTHER

}
