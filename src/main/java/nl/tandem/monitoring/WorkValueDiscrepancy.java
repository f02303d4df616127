package nl.tandem.monitoring;

import nl.tandem.participant.WorkValue;

/**
 * A gap worth talking about in a work value that matters to the participant: the work
 * does not enable it, or it does but the participant does not manage to realise it.
 */
public record WorkValueDiscrepancy(WorkValue value, Kind kind) {

	public enum Kind {

		/**
		 * Important (at least 4), but the work hardly enables it (below 4).
		 */
		IMPORTANT_NOT_ENABLED,

		/**
		 * Important and enabled (both at least 4), but not realised (below 4).
		 */
		ENABLED_NOT_REALISED

	}

}
