package nl.tandem.monitoring;

import java.util.List;

/**
 * A zone of the early-warning plan, from stable to crisis: green (stable), yellow (the
 * first signs; optional, the coach switches it on per plan), orange (rising tension) and
 * red (crisis). Orange and red are raised: they call for attention and may call for more
 * coaching.
 */
public enum Zone {

	GREEN, YELLOW, ORANGE, RED;

	/**
	 * The zones of a plan, from stable to crisis, with or without yellow.
	 */
	public static List<Zone> inPlan(boolean usesYellow) {
		return usesYellow ? List.of(GREEN, YELLOW, ORANGE, RED) : List.of(GREEN, ORANGE, RED);
	}

	public boolean isRaised() {
		return this == ORANGE || this == RED;
	}

	/**
	 * Whether this zone is more serious than another; nothing is less serious than this.
	 */
	public boolean isAbove(Zone other) {
		return other == null || ordinal() > other.ordinal();
	}

}
