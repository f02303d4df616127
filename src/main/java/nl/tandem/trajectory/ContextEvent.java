package nl.tandem.trajectory;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A change in the participant's work or private life, with the date it happened and a
 * note.
 */
record ContextEvent(long organisationId, ContextEventKind kind, LocalDate happenedOn, String note, Instant at,
		long byAccount) {
}
