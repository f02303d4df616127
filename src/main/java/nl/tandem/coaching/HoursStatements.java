package nl.tandem.coaching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.tandem.identity.CurrentUser;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.trajectory.Caseloads;
import nl.tandem.trajectory.Funder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hours statement a funder is invoiced from: per trajectory with billable time in a
 * period, the billable hours at the grant's tariff. Time beyond the grant is shown but
 * never charged. It names participants by reference only, never by name, and carries
 * nothing of what was said in the sessions.
 */
@Service
@Transactional(readOnly = true)
public class HoursStatements {

	private final JdbcClient jdbc;

	private final Caseloads caseloads;

	HoursStatements(JdbcClient jdbc, Caseloads caseloads) {
		this.jdbc = jdbc;
		this.caseloads = caseloads;
	}

	/**
	 * One line of the statement.
	 */
	public record Line(long trajectoryId, String participantReference, String grantReference, Funder funder,
			String funderName, LocalDate from, LocalDate to, int billableMinutes, int notBillableMinutes,
			int hourlyTariffCents) {

		public BigDecimal hours() {
			return BigDecimal.valueOf(this.billableMinutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
		}

		public BigDecimal tariff() {
			return BigDecimal.valueOf(this.hourlyTariffCents, 2);
		}

		/**
		 * The tariff times the exact billable hours, rounded to the cent once.
		 */
		public BigDecimal amount() {
			return BigDecimal.valueOf((long) this.billableMinutes * this.hourlyTariffCents)
				.divide(BigDecimal.valueOf(60 * 100), 2, RoundingMode.HALF_UP);
		}

	}

	/**
	 * The statement for a funder over a period, for a team lead (the team's trajectories)
	 * or an administrator (the organisation's); in two queries whatever the number of
	 * trajectories.
	 */
	public List<Line> statement(CurrentUser user, Funder funder, LocalDate from, LocalDate to) {
		if (funder == null || from == null || to == null || from.isAfter(to)) {
			throw new DomainRuleException("statement.invalid");
		}
		List<Caseloads.Funded> funded = this.caseloads.funded(user, funder);
		if (funded.isEmpty()) {
			return List.of();
		}
		Map<Long, int[]> minutes = minutes(user.organisationId(), funded, from, to);
		return funded.stream().filter(f -> minutes.containsKey(f.trajectoryId())).map(f -> {
			int[] time = minutes.get(f.trajectoryId());
			return new Line(f.trajectoryId(), f.participantReference(), f.grantReference(), f.funder(), f.funderName(),
					from, to, time[0], time[1], f.hourlyTariffCents());
		}).toList();
	}

	/**
	 * Billable and not billable minutes per trajectory, of those with billable time.
	 */
	private Map<Long, int[]> minutes(long organisationId, List<Caseloads.Funded> funded, LocalDate from, LocalDate to) {
		Map<Long, int[]> minutes = new HashMap<>();
		this.jdbc.sql("""
				select trajectory_id,
				       coalesce(sum(billable_minutes), 0) as billable,
				       coalesce(sum(minutes - billable_minutes), 0) as not_billable
				from time_entry
				where organisation_id = :organisation and trajectory_id = any(:ids) and worked_on between :from and :to
				group by trajectory_id
				having coalesce(sum(billable_minutes), 0) > 0
				""")
			.param("organisation", organisationId)
			.param("ids", funded.stream().map(Caseloads.Funded::trajectoryId).toArray(Long[]::new))
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> minutes.put(rs.getLong("trajectory_id"),
					new int[] { rs.getInt("billable"), rs.getInt("not_billable") }))
			.list();
		return minutes;
	}

}
