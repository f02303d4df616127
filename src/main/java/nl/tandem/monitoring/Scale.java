package nl.tandem.monitoring;

import nl.tandem.platform.DomainRuleException;

/**
 * The answer scale of every check-in: 1 to 5, where 5 is always the favourable end (very
 * important, fully enabled, well within one's limits, full of energy, fully agree).
 */
final class Scale {

	static final int MIN = 1;

	static final int MAX = 5;

	private Scale() {
	}

	static int require(int answer) {
		if (answer < MIN || answer > MAX) {
			throw new DomainRuleException("checkins.answer.range");
		}
		return answer;
	}

}
