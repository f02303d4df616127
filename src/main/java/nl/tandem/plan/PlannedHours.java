package nl.tandem.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.tandem.trajectory.GrantPeriod;
import nl.tandem.trajectory.Hours;
import nl.tandem.trajectory.RuleWarning;

/**
 * The planned coaching time against the grant: per grant period the minutes granted and
 * planned, per month the minutes planned, and the warnings when the plan asks more than
 * the grant or a funder rule allows.
 */
public record PlannedHours(int minutesPlanned, int sessions, List<Period> periods, List<Month> months,
		List<RuleWarning> ruleWarnings) {

	/**
	 * One grant period: minutes granted and planned.
	 */
	public record Period(int number, LocalDate start, LocalDate end, int minutesGranted, int minutesPlanned) {

		public boolean overGrant() {
			return this.minutesPlanned > this.minutesGranted;
		}

		public String hoursGranted() {
			return Hours.format(this.minutesGranted);
		}

		public String hoursPlanned() {
			return Hours.format(this.minutesPlanned);
		}

	}

	/**
	 * One calendar month: minutes planned, and the grant's minutes per month in it (the
	 * period's minutes spread over its months), or 0 outside the grant.
	 */
	public record Month(YearMonth month, int minutesPlanned, int minutesGranted) {
	}

	static PlannedHours of(List<PlannedSession> sessions, List<GrantPeriod> periods) {
		List<Period> perPeriod = new ArrayList<>();
		for (GrantPeriod period : periods) {
			int planned = sessions.stream()
				.filter(s -> period.contains(s.plannedOn()))
				.mapToInt(PlannedSession::minutes)
				.sum();
			perPeriod.add(new Period(period.number(), period.start(), period.end(), period.minutesGranted(), planned));
		}
		Map<YearMonth, Integer> planned = new TreeMap<>();
		sessions.forEach(s -> planned.merge(YearMonth.from(s.plannedOn()), s.minutes(), Integer::sum));
		Map<YearMonth, Integer> granted = new TreeMap<>();
		for (GrantPeriod period : periods) {
			YearMonth first = YearMonth.from(period.start());
			YearMonth last = YearMonth.from(period.end());
			int months = (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
			for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
				granted.merge(m, period.minutesGranted() / months, Integer::sum);
			}
		}
		Map<YearMonth, Integer> all = new TreeMap<>(planned);
		granted.keySet().forEach(m -> all.putIfAbsent(m, 0));
		if (!all.isEmpty()) {
			YearMonth first = ((TreeMap<YearMonth, Integer>) all).firstKey();
			YearMonth last = ((TreeMap<YearMonth, Integer>) all).lastKey();
			for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
				all.putIfAbsent(m, 0);
			}
		}
		List<Month> months = all.keySet()
			.stream()
			.map(m -> new Month(m, planned.getOrDefault(m, 0), granted.getOrDefault(m, 0)))
			.toList();
		int total = sessions.stream().mapToInt(PlannedSession::minutes).sum();
		return new PlannedHours(total, sessions.size(), perPeriod, months, List.of());
	}

	public String hoursPlanned() {
		return Hours.format(this.minutesPlanned);
	}

	PlannedHours withRuleWarnings(List<RuleWarning> warnings) {
		return new PlannedHours(this.minutesPlanned, this.sessions, this.periods, this.months, List.copyOf(warnings));
	}

	public boolean overGrant() {
		return this.periods.stream().anyMatch(Period::overGrant);
	}

	public boolean hasWarnings() {
		return overGrant() || !this.ruleWarnings.isEmpty();
	}

	/**
	 * The planned minutes of each grant period, in order.
	 */
	List<Integer> minutesPerPeriod() {
		return this.periods.stream().map(Period::minutesPlanned).toList();
	}

	int minutesFirstPeriod() {
		return this.periods.isEmpty() ? 0 : this.periods.get(0).minutesPlanned();
	}

}
