package nl.tandem.trajectory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The kinds of rule a funder can set for a placement. Which funder sets which rule, and
 * with which threshold, is data ({@code funder_rule}); how a rule is checked is here. A
 * rule that is not met gives a warning, never a refusal: the coach and the funder decide.
 */
public enum FunderRule {

	/**
	 * The employment contract must run at least this many months (UWV: 6). A contract
	 * without an end date meets it.
	 */
	MIN_CONTRACT_MONTHS {
		@Override
		boolean isBrokenBy(Situation situation, BigDecimal threshold) {
			Placement placement = situation.placement();
			return placement != null && placement.endDate() != null && ChronoUnit.MONTHS.between(placement.startDate(),
					placement.endDate().plusDays(1)) < threshold.longValue();
		}
	},

	/**
	 * The participant must work at least this many hours a week (UWV: 12).
	 */
	MIN_HOURS_PER_WEEK {
		@Override
		boolean isBrokenBy(Situation situation, BigDecimal threshold) {
			return situation.placement() != null
					&& situation.placement().minutesPerWeek() < threshold.multiply(BigDecimal.valueOf(60)).intValue();
		}
	},

	/**
	 * Coaching with the same employer may last at most this many years (UWV: 3), counted
	 * from the first placement of the participant with this employer to the end of the
	 * grant.
	 */
	MAX_YEARS_SAME_EMPLOYER {
		@Override
		boolean isBrokenBy(Situation situation, BigDecimal threshold) {
			return situation.grant() != null && situation.firstStartWithEmployer() != null
					&& situation.firstStartWithEmployer()
						.plusYears(threshold.longValue())
						.isBefore(situation.grant().endDate());
		}
	},

	/**
	 * The hours granted in the first period may be at most this percentage of the hours
	 * worked in it (UWV: 10).
	 */
	MAX_GRANT_SHARE_FIRST_PERIOD {
		@Override
		boolean isBrokenBy(Situation situation, BigDecimal threshold) {
			if (situation.grant() == null || situation.placement() == null) {
				return false;
			}
			GrantPeriod first = situation.grant().schedule().get(0);
			long weeks = ChronoUnit.DAYS.between(first.start(), first.end().plusDays(1)) / 7;
			BigDecimal worked = BigDecimal.valueOf(weeks * situation.placement().minutesPerWeek());
			BigDecimal allowed = worked.multiply(threshold).divide(BigDecimal.valueOf(100));
			return BigDecimal.valueOf(first.minutesGranted()).compareTo(allowed) > 0;
		}
	};

	abstract boolean isBrokenBy(Situation situation, BigDecimal threshold);

	/**
	 * What the rules look at: the current placement, the grant, and when the participant
	 * first started with the placement's employer.
	 */
	record Situation(Placement placement, Grant grant, LocalDate firstStartWithEmployer) {
	}

}
