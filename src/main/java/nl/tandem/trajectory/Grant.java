package nl.tandem.trajectory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.tandem.platform.DomainRuleException;

import org.springframework.data.relational.core.mapping.Table;

/**
 * The funding of the coaching: the funder, its reference, and the grant periods (by
 * default six months) with the minutes granted per period and the hourly tariff in euro
 * cents.
 */
@Table("funding_grant")
record Grant(long organisationId, Funder funder, String funderName, String reference, LocalDate startDate,
		int periodMonths, int periods, int minutesPerPeriod, int hourlyTariffCents) {

	Grant {
		if (funder == null) {
			throw new DomainRuleException("grant.funder.required");
		}
		if (startDate == null) {
			throw new DomainRuleException("grant.start.required");
		}
		if (periodMonths < 1 || periodMonths > 24) {
			throw new DomainRuleException("grant.periodMonths.range");
		}
		if (periods < 1 || periods > 12) {
			throw new DomainRuleException("grant.periods.range");
		}
		if (minutesPerPeriod <= 0 || minutesPerPeriod > 1000 * 60) {
			throw new DomainRuleException("grant.hours.range");
		}
		if (hourlyTariffCents < 0 || hourlyTariffCents > 100_000) {
			throw new DomainRuleException("grant.tariff.range");
		}
	}

	List<GrantPeriod> schedule() {
		List<GrantPeriod> schedule = new ArrayList<>();
		for (int number = 1; number <= this.periods; number++) {
			LocalDate start = this.startDate.plusMonths((long) (number - 1) * this.periodMonths);
			LocalDate end = this.startDate.plusMonths((long) number * this.periodMonths).minusDays(1);
			schedule.add(new GrantPeriod(number, start, end, this.minutesPerPeriod));
		}
		return schedule;
	}

	LocalDate endDate() {
		return this.startDate.plusMonths((long) this.periods * this.periodMonths).minusDays(1);
	}

}
