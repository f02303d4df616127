package nl.tandem.evaluation.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.tandem.evaluation.NewRating;
import nl.tandem.evaluation.RatingView;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The satisfaction of participant and employer at one moment: a grant period or the end
 * (period 0), each 0 to 10.
 */
record RatingForm(@NotNull(message = "{rating.period.required}") Integer periodNumber,
		@NotNull(message = "{rating.date.invalid}") @DateTimeFormat(iso = ISO.DATE) LocalDate ratedOn,
		@Min(value = 0, message = "{rating.score.range}") @Max(value = 10,
				message = "{rating.score.range}") Integer participantScore,
		@Min(value = 0, message = "{rating.score.range}") @Max(value = 10,
				message = "{rating.score.range}") Integer employerScore,
		@Size(max = 4000, message = "{evaluation.text.tooLong}") String remark, Long version) {

	static RatingForm blank(Integer period, LocalDate today) {
		return new RatingForm(period, today, null, null, "", null);
	}

	static RatingForm of(RatingView rating) {
		return new RatingForm(rating.periodNumber(), rating.ratedOn(), rating.participantScore(),
				rating.employerScore(), rating.remark(), rating.version());
	}

	NewRating toRating() {
		return new NewRating(this.periodNumber, this.ratedOn, this.participantScore, this.employerScore, this.remark);
	}

}
