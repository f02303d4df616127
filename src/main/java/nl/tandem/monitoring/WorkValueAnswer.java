package nl.tandem.monitoring;

import nl.tandem.participant.WorkValue;
import nl.tandem.platform.DomainRuleException;

/**
 * The answers on one work value: how important it is to the participant, whether the work
 * enables it, and whether the participant realises it, each from 1 (not at all) to 5
 * (fully).
 */
public record WorkValueAnswer(WorkValue value, int importance, int enabled, int realised) {

	public WorkValueAnswer {
		if (value == null) {
			throw new DomainRuleException("checkins.workValues.incomplete");
		}
		Scale.require(importance);
		Scale.require(enabled);
		Scale.require(realised);
	}

	/**
	 * Whether the value is in the participant's capability set (see
	 * {@link CapabilitySet}).
	 */
	public boolean inCapabilitySet() {
		return CapabilitySet.contains(this);
	}

}
