package nl.tandem.participant;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One consent in a participant's history: given on a day in some way, and perhaps
 * withdrawn later. {@code version} guards the withdrawal against a concurrent edit.
 */
public record ConsentRecord(long id, ConsentCategory category, LocalDate givenOn, ConsentMethod givenHow,
		String givenBy, Instant givenAt, LocalDate withdrawnOn, ConsentMethod withdrawnHow, String withdrawnBy,
		Instant withdrawnAt, long version) {

	public boolean isActive() {
		return this.withdrawnAt == null;
	}

}
