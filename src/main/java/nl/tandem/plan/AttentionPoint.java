package nl.tandem.plan;

import nl.tandem.platform.DomainRuleException;

import org.springframework.data.relational.core.mapping.Table;

/**
 * Something to watch in one of the soft-factor domains, e.g. "asks for help late" under
 * communication. A free point ({@link AttentionDomain#OTHER}) has a label of its own.
 */
@Table("plan_attention_point")
public record AttentionPoint(long organisationId, AttentionDomain domain, String label, String description) {

	public AttentionPoint {
		if (domain == null) {
			throw new DomainRuleException("attention.domain.required");
		}
		if (domain == AttentionDomain.OTHER && (label == null || label.isBlank())) {
			throw new DomainRuleException("attention.label.required");
		}
		if (description == null || description.isBlank()) {
			throw new DomainRuleException("attention.description.required");
		}
	}

	static AttentionPoint of(long organisationId, AttentionDomain domain, String label, String description) {
		return new AttentionPoint(organisationId, domain, (domain == AttentionDomain.OTHER) ? Goal.strip(label) : null,
				Goal.strip(description));
	}

}
