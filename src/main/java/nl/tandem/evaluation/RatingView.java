package nl.tandem.evaluation;

import java.time.LocalDate;

/**
 * A satisfaction rating as pages show it.
 */
public record RatingView(long id, int periodNumber, LocalDate ratedOn, Integer participantScore, Integer employerScore,
		String remark, String employerRemark, String participantRemark, long version) {

	/**
	 * Whether this is the rating at the end of the coaching rather than of a period.
	 */
	public boolean atEnd() {
		return this.periodNumber == SatisfactionRating.END;
	}

	/**
	 * Whether a score given is below the norm of 6.5.
	 */
	public boolean belowNorm() {
		return below(this.participantScore) || below(this.employerScore);
	}

	private static boolean below(Integer score) {
		return score != null && score < Ratings.NORM;
	}

}
