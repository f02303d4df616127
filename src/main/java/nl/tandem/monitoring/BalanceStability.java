package nl.tandem.monitoring;

import java.util.EnumSet;
import java.util.Set;

/**
 * When balance and load are <b>stable</b>: no item of the latest check-in is
 * {@value #LOW} or lower, and none dropped {@value #DROP} points or more since the
 * check-in before it. Phase-out readiness asks for stable balance and load; an item that
 * is low or dropped is one to talk about.
 */
public final class BalanceStability {

	/**
	 * The highest answer that counts as low.
	 */
	public static final int LOW = 2;

	/**
	 * The smallest fall between two consecutive check-ins that counts as a drop.
	 */
	public static final int DROP = 2;

	private BalanceStability() {
	}

	/**
	 * The items that make the latest check-in unstable: low, or dropped since the
	 * previous one (null when there was none).
	 */
	public static Set<BalanceItem> concerns(BalanceScores latest, BalanceScores previous) {
		Set<BalanceItem> concerns = EnumSet.noneOf(BalanceItem.class);
		for (BalanceItem item : BalanceItem.values()) {
			boolean low = latest.get(item) <= LOW;
			boolean dropped = previous != null && previous.get(item) - latest.get(item) >= DROP;
			if (low || dropped) {
				concerns.add(item);
			}
		}
		return concerns;
	}

	public static boolean stable(BalanceScores latest, BalanceScores previous) {
		return concerns(latest, previous).isEmpty();
	}

}
