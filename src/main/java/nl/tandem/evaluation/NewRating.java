package nl.tandem.evaluation;

import java.time.LocalDate;

import nl.tandem.platform.DomainRuleException;

/**
 * The satisfaction of participant and employer with the coaching at one moment: a grant
 * period (1, 2, ...) or the end ({@link SatisfactionRating#END}), each a score from 0 to
 * 10; at least one of the two is given.
 */
public record NewRating(int periodNumber, LocalDate ratedOn, Integer participantScore, Integer employerScore,
		String remark) {

	public NewRating {
		if (participantScore == null && employerScore == null) {
			throw new DomainRuleException("rating.score.required");
		}
		requireRange(participantScore);
		requireRange(employerScore);
		remark = EvaluationContent.strip(remark);
	}

	private static void requireRange(Integer score) {
		if (score != null && (score < 0 || score > 10)) {
			throw new DomainRuleException("rating.score.range");
		}
	}

}
