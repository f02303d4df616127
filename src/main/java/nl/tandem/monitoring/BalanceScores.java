package nl.tandem.monitoring;

import java.util.Map;

/**
 * The answers of a balance and load check-in, each from 1 to 5 (5 favourable).
 */
public record BalanceScores(int balance, int load, int sleep, int energy) {

	public BalanceScores {
		Scale.require(balance);
		Scale.require(load);
		Scale.require(sleep);
		Scale.require(energy);
	}

	public int get(BalanceItem item) {
		return switch (item) {
			case BALANCE -> this.balance;
			case LOAD -> this.load;
			case SLEEP -> this.sleep;
			case ENERGY -> this.energy;
		};
	}

	/**
	 * The scores by item, in the order of {@link BalanceItem}.
	 */
	public Map<BalanceItem, Integer> byItem() {
		Map<BalanceItem, Integer> scores = new java.util.EnumMap<>(BalanceItem.class);
		for (BalanceItem item : BalanceItem.values()) {
			scores.put(item, get(item));
		}
		return scores;
	}

}
