package nl.tandem.portal.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.tandem.evaluation.Ratings;

/**
 * A participant's or an employer's satisfaction with the coaching (0 to 10) and a remark,
 * for the moment that is due, with the version of that moment's rating as it was opened.
 */
record PortalRatingForm(Integer periodNumber,
		@NotNull(message = "{rating.employer.score.required}") @Min(value = 0,
				message = "{rating.score.range}") @Max(value = 10, message = "{rating.score.range}") Integer score,
		@Size(max = Ratings.MAX_REMARK, message = "{rating.remark.tooLong}") String remark, Long version) {

	static PortalRatingForm blank(Ratings.RatingDue due) {
		return new PortalRatingForm(due.periodNumber(), null, "", due.version());
	}

}
