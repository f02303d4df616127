package nl.tandem.plan;

import java.time.LocalDate;

import nl.tandem.platform.DomainRuleException;

import org.springframework.data.relational.core.mapping.Table;

/**
 * Who does what, and by when.
 */
@Table("plan_agreement")
public record Agreement(long organisationId, Actor actor, String what, LocalDate dueOn) {

	public Agreement {
		if (actor == null) {
			throw new DomainRuleException("agreement.actor.required");
		}
		if (what == null || what.isBlank()) {
			throw new DomainRuleException("agreement.what.required");
		}
	}

	static Agreement of(long organisationId, Actor actor, String what, LocalDate dueOn) {
		return new Agreement(organisationId, actor, Goal.strip(what), dueOn);
	}

}
