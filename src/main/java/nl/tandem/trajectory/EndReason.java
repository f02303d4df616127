package nl.tandem.trajectory;

/**
 * Why a trajectory was closed.
 */
public enum EndReason {

	GOALS_REACHED, PARTICIPANT_STOPPED, JOB_LOST, MOVED, OTHER

}
