package nl.tandem.plan;

import java.time.LocalDate;
import java.util.UUID;

import nl.tandem.platform.DomainRuleException;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A goal of the plan, in the participant's words: why it matters, how progress will show,
 * and by when. The key stays the same in every version of the plan, so that the goal's
 * progress history follows it.
 */
@Table("plan_goal")
public record Goal(long organisationId, @Column("goal_key") UUID key, GoalArea area, GoalKind kind, String description,
		String why, String progressSign, LocalDate targetDate) {

	public Goal {
		if (area == null) {
			throw new DomainRuleException("goal.area.required");
		}
		if (kind == null) {
			throw new DomainRuleException("goal.kind.required");
		}
		if (description == null || description.isBlank()) {
			throw new DomainRuleException("goal.description.required");
		}
	}

	/**
	 * What a goal says, as a form gives it.
	 */
	public record Content(GoalArea area, GoalKind kind, String description, String why, String progressSign,
			LocalDate targetDate) {
	}

	static Goal of(long organisationId, UUID key, Content content) {
		return new Goal(organisationId, key, content.area(), content.kind(), strip(content.description()),
				strip(content.why()), strip(content.progressSign()), content.targetDate());
	}

	public Content content() {
		return new Content(this.area, this.kind, this.description, this.why, this.progressSign, this.targetDate);
	}

	static String strip(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
