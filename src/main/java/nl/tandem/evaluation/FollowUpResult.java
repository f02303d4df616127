package nl.tandem.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.tandem.platform.DomainRuleException;

/**
 * What a follow-up found: on which day, whether and where the person works (the same
 * situations as the outcome of the evaluation), hours per week when working, and a
 * remark.
 */
public record FollowUpResult(LocalDate checkedOn, Outcome situation, BigDecimal hoursPerWeek, String remark) {

	public FollowUpResult {
		if (situation == null) {
			throw new DomainRuleException("followUp.situation.required");
		}
		if (hoursPerWeek != null
				&& (hoursPerWeek.signum() < 0 || hoursPerWeek.compareTo(EvaluationContent.MAX_HOURS) > 0)) {
			throw new DomainRuleException("followUp.hours.range");
		}
		if (situation.isWorking() && (hoursPerWeek == null || hoursPerWeek.signum() == 0)) {
			throw new DomainRuleException("followUp.hours.required");
		}
		remark = EvaluationContent.strip(remark);
	}

}
