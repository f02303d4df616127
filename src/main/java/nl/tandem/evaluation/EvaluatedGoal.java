package nl.tandem.evaluation;

import java.util.UUID;

import nl.tandem.platform.DomainRuleException;

import org.springframework.data.relational.core.mapping.Table;

/**
 * The result of one goal of the agreed plan, with a remark.
 */
@Table("evaluation_goal")
record EvaluatedGoal(long organisationId, UUID goalKey, GoalResult result, String remark) {

	EvaluatedGoal {
		if (goalKey == null || result == null) {
			throw new DomainRuleException("evaluation.goal.unknown");
		}
	}

}
