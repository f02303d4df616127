package nl.tandem.participant;

import java.time.Instant;

/**
 * An intake as one reader may see it: without the sensitive fields when the reader may
 * not see them.
 */
public record IntakeView(long trajectoryId, long participantId, IntakeContent content, boolean sensitiveShown,
		Instant completedAt, long version) {

	public boolean completed() {
		return this.completedAt != null;
	}

}
