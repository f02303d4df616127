package nl.tandem.coaching;

import java.util.UUID;

import nl.tandem.platform.DomainRuleException;

import org.springframework.data.relational.core.mapping.Table;

/**
 * What went differently than hoped, and what was learned from it: mistakes are allowed.
 * Linked to the goal it concerns, if any.
 */
@Table("learning_moment")
public record LearningMoment(long organisationId, UUID goalKey, String whatHappened, String whatLearned) {

	public LearningMoment {
		if (whatHappened == null || whatHappened.isBlank() || whatLearned == null || whatLearned.isBlank()) {
			throw new DomainRuleException("learning.required");
		}
	}

}
