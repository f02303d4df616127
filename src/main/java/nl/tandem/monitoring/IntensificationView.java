package nl.tandem.monitoring;

import java.time.Instant;
import java.time.LocalDate;

import nl.tandem.trajectory.ContextEventKind;

/**
 * A proposed intensification as the coach sees it: what called for it (a context event of
 * a kind, or a zone) and on which day, what Tandem proposed, and the decision if there is
 * one.
 */
public record IntensificationView(long id, IntensificationTrigger trigger, ContextEventKind eventKind, Zone zone,
		LocalDate occurredOn, Instant proposedAt, IntensificationPlan proposed, IntensificationStatus status,
		IntensificationPlan decided, LocalDate startsOn, String declineReason, Instant decidedAt, String decidedBy,
		long version) {

	public boolean isOpen() {
		return this.status.isOpen();
	}

}
