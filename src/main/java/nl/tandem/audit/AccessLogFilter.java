package nl.tandem.audit;

import java.time.LocalDate;

/**
 * What the privacy officer looks for in the access log: a period (days in
 * Europe/Amsterdam, both inclusive), a participant (by name or reference), an account and
 * what was read or changed. Every part is optional.
 */
public record AccessLogFilter(LocalDate from, LocalDate to, String participant, Long accountId, String subject) {

	public static AccessLogFilter none() {
		return new AccessLogFilter(null, null, null, null, null);
	}

	public boolean hasParticipant() {
		return this.participant != null && !this.participant.isBlank();
	}

}
