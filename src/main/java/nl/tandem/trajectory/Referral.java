package nl.tandem.trajectory;

import java.time.LocalDate;

import org.springframework.util.Assert;

/**
 * Who referred the participant, when and why.
 */
public record Referral(ReferrerKind referrerKind, String referrerName, LocalDate referredOn, String reason) {

	public Referral {
		Assert.notNull(referrerKind, "who referred is required");
		Assert.notNull(referredOn, "the referral date is required");
		Assert.hasText(reason, "the reason is required");
	}

}
