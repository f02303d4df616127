package nl.tandem.coaching;

import java.util.UUID;

import nl.tandem.platform.DomainRuleException;

import org.springframework.data.relational.core.mapping.Table;

/**
 * The work on one goal of the plan in a session: a short note and the new progress score.
 */
@Table("session_goal")
public record GoalWork(long organisationId, UUID goalKey, String note, Integer score) {

	public GoalWork {
		if (goalKey == null) {
			throw new DomainRuleException("session.goal.unknown");
		}
		if (score != null && (score < 0 || score > 10)) {
			throw new DomainRuleException("progress.score.range");
		}
	}

}
