package nl.tandem.audit;

import java.time.Instant;

/**
 * One line of the access log as the privacy officer sees it.
 */
public record AccessLogEntry(long id, Instant at, long accountId, String accountName, String roles, long participantId,
		String participantName, String action, String subject, String address) {
}
