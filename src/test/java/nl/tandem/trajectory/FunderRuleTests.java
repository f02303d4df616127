package nl.tandem.trajectory;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UWV conditions, each checked against a placement just inside and just outside it.
 */
class FunderRuleTests {

	static final LocalDate START = LocalDate.of(2026, 1, 1);

	static Placement placement(LocalDate end, int hoursPerWeek) {
		return new Placement(1, 5, null, null, null, hoursPerWeek * 60, ContractType.FIXED_TERM, START, end, null);
	}

	static Grant grant(int hoursPerPeriod, int periods) {
		return new Grant(1, Funder.UWV, null, null, START, 6, periods, hoursPerPeriod * 60, 9000);
	}

	@Test
	void aContractShorterThanSixMonthsIsFlagged() {
		assertThat(FunderRule.MIN_CONTRACT_MONTHS.isBrokenBy(situation(placement(START.plusMonths(6).minusDays(1), 20)),
				BigDecimal.valueOf(6)))
			.isFalse();
		assertThat(FunderRule.MIN_CONTRACT_MONTHS.isBrokenBy(situation(placement(START.plusMonths(6).minusDays(2), 20)),
				BigDecimal.valueOf(6)))
			.isTrue();
		assertThat(FunderRule.MIN_CONTRACT_MONTHS.isBrokenBy(situation(placement(null, 20)), BigDecimal.valueOf(6)))
			.isFalse();
	}

	@Test
	void fewerThanTwelveHoursAWeekIsFlagged() {
		assertThat(FunderRule.MIN_HOURS_PER_WEEK.isBrokenBy(situation(placement(null, 12)), BigDecimal.valueOf(12)))
			.isFalse();
		assertThat(FunderRule.MIN_HOURS_PER_WEEK.isBrokenBy(situation(placement(null, 11)), BigDecimal.valueOf(12)))
			.isTrue();
	}

	@Test
	void moreThanThreeYearsWithTheSameEmployerIsFlagged() {
		FunderRule.Situation within = new FunderRule.Situation(placement(null, 20), grant(40, 6), START);
		FunderRule.Situation beyond = new FunderRule.Situation(placement(null, 20), grant(40, 7), START);
		assertThat(FunderRule.MAX_YEARS_SAME_EMPLOYER.isBrokenBy(within, BigDecimal.valueOf(3))).isFalse();
		assertThat(FunderRule.MAX_YEARS_SAME_EMPLOYER.isBrokenBy(beyond, BigDecimal.valueOf(3))).isTrue();
	}

	@Test
	void moreThanTenPercentOfTheHoursWorkedInTheFirstPeriodIsFlagged() {
		// 20 hours a week for 25 whole weeks = 500 hours worked; 10% = 50 hours.
		FunderRule.Situation allowed = new FunderRule.Situation(placement(null, 20), grant(50, 1), START);
		FunderRule.Situation tooMuch = new FunderRule.Situation(placement(null, 20), grant(51, 1), START);
		assertThat(FunderRule.MAX_GRANT_SHARE_FIRST_PERIOD.isBrokenBy(allowed, BigDecimal.TEN)).isFalse();
		assertThat(FunderRule.MAX_GRANT_SHARE_FIRST_PERIOD.isBrokenBy(tooMuch, BigDecimal.TEN)).isTrue();
	}

	@Test
	void withoutAPlacementNoPlacementRuleIsBroken() {
		FunderRule.Situation jobSearch = new FunderRule.Situation(null, grant(40, 1), null);
		for (FunderRule rule : FunderRule.values()) {
			assertThat(rule.isBrokenBy(jobSearch, BigDecimal.ONE)).as(rule.name()).isFalse();
		}
	}

	static FunderRule.Situation situation(Placement placement) {
		return new FunderRule.Situation(placement, grant(40, 1), START);
	}

}
