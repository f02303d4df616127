package nl.tandem.monitoring;

import java.time.LocalDate;

import nl.tandem.platform.DomainRuleException;

/**
 * What every check-in needs, whatever its questions: a day that is not in the future, and
 * a remark of reasonable length.
 */
final class CheckInRules {

	static final int MAX_REMARK = 2000;

	private CheckInRules() {
	}

	static LocalDate day(LocalDate takenOn, LocalDate today) {
		if (takenOn == null || takenOn.isAfter(today)) {
			throw new DomainRuleException("checkins.date.invalid");
		}
		return takenOn;
	}

	static String remark(String remark) {
		if (remark == null || remark.isBlank()) {
			return null;
		}
		if (remark.length() > MAX_REMARK) {
			throw new DomainRuleException("checkins.remark.tooLong");
		}
		return remark.strip();
	}

}
