package nl.tandem.trajectory;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a trajectory is in its lifecycle.
 */
public enum Phase {

	REFERRED, INTAKE, PLANNING, ACTIVE, PHASING_OUT, EVALUATION, CLOSED, PAUSED;

	/**
	 * The phases in which the participant is being coached at work, and from which
	 * coaching can pause.
	 */
	public static final Set<Phase> PAUSABLE = EnumSet.of(ACTIVE, PHASING_OUT);

	/**
	 * The order in which phases are shown, e.g. on the dashboard.
	 */
	public static final java.util.List<Phase> DISPLAY_ORDER = java.util.List.of(REFERRED, INTAKE, PLANNING, ACTIVE,
			PAUSED, PHASING_OUT, EVALUATION, CLOSED);

	public boolean isOpen() {
		return this != CLOSED;
	}

}
