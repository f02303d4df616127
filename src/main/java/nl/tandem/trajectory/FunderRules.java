package nl.tandem.trajectory;

import java.math.BigDecimal;
import java.util.List;

import nl.tandem.organisation.OrganisationFounded;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The funder rules of an organisation: which rules apply to which funder, with which
 * thresholds. A new organisation starts with the UWV rules.
 */
@Component
class FunderRules {

	private final JdbcClient jdbc;

	FunderRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<RuleWarning> check(long organisationId, Funder funder, FunderRule.Situation situation) {
		return this.jdbc.sql("""
				select rule, threshold from funder_rule where organisation_id = :organisation and funder = :funder
				order by rule
				""")
			.param("organisation", organisationId)
			.param("funder", funder.name())
			.query((rs, row) -> new RuleWarning(FunderRule.valueOf(rs.getString("rule")),
					rs.getBigDecimal("threshold")))
			.list()
			.stream()
			.filter(warning -> warning.rule().isBrokenBy(situation, warning.threshold()))
			.toList();
	}

	@EventListener
	void seedDefaults(OrganisationFounded founded) {
		this.jdbc
			.sql("""
					insert into funder_rule (organisation_id, funder, rule, threshold)
					values (:organisation, 'UWV', 'MIN_CONTRACT_MONTHS', 6), (:organisation, 'UWV', 'MIN_HOURS_PER_WEEK', 12),
					       (:organisation, 'UWV', 'MAX_YEARS_SAME_EMPLOYER', 3),
					       (:organisation, 'UWV', 'MAX_GRANT_SHARE_FIRST_PERIOD', 10)
					""")
			.param("organisation", founded.organisationId())
			.update();
	}

}
