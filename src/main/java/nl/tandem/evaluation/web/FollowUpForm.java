package nl.tandem.evaluation.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.tandem.evaluation.FollowUpResult;
import nl.tandem.evaluation.FollowUpView;
import nl.tandem.evaluation.Outcome;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * What a follow-up found: the day, where the person works (or not), hours per week and a
 * remark.
 */
record FollowUpForm(@NotNull(message = "{followUp.date.invalid}") @DateTimeFormat(iso = ISO.DATE) LocalDate checkedOn,
		@NotNull(message = "{followUp.situation.required}") Outcome situation,
		@DecimalMin(value = "0", message = "{followUp.hours.range}") @DecimalMax(value = "80",
				message = "{followUp.hours.range}") BigDecimal hoursPerWeek,
		@Size(max = 4000, message = "{evaluation.text.tooLong}") String remark, Long version) {

	static FollowUpForm of(FollowUpView followUp, LocalDate today) {
		return new FollowUpForm((followUp.checkedOn() != null) ? followUp.checkedOn() : today, followUp.situation(),
				(followUp.hoursPerWeek() != null) ? new BigDecimal(followUp.hoursPerWeek()) : null, followUp.remark(),
				followUp.version());
	}

	FollowUpResult toResult() {
		return new FollowUpResult(this.checkedOn, this.situation, this.hoursPerWeek, this.remark);
	}

}
