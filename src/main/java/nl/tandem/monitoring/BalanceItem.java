package nl.tandem.monitoring;

/**
 * The four questions of the balance and load check-in, each from 1 to 5 with 5 the
 * favourable end.
 */
public enum BalanceItem {

	/**
	 * Balance between work and private life (5: in good balance).
	 */
	BALANCE,

	/**
	 * The load of the work against the participant's own limits (5: well within them).
	 */
	LOAD,

	/**
	 * Sleep (5: sleeping well).
	 */
	SLEEP,

	/**
	 * Energy (5: plenty).
	 */
	ENERGY

}
