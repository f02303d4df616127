package nl.tandem.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.tandem.coaching.Logbook;
import nl.tandem.identity.CurrentUser;
import nl.tandem.plan.Plans;
import nl.tandem.trajectory.Caseloads;
import nl.tandem.trajectory.Cohorts;
import nl.tandem.trajectory.EndReason;
import nl.tandem.trajectory.Funder;
import nl.tandem.trajectory.Hours;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's figures for a period, within the user's scope (administrator: the
 * organisation; team lead: the team; coach: their own trajectories) and filters: how many
 * trajectories started, were being coached at the end of the period and closed; how they
 * ended; the hours per trajectory and per week of coaching; the share of goals reached;
 * the days from referral to the start of the coaching; and the caseload per coach against
 * the norm. Each figure is counted from a few set-based queries (the trajectories, their
 * hours, their goals), never from free text.
 */
@Service
@Transactional(readOnly = true)
public class Analytics {

	private final Cohorts cohorts;

	private final Logbook logbook;

	private final Plans plans;

	private final Caseloads caseloads;

	Analytics(Cohorts cohorts, Logbook logbook, Plans plans, Caseloads caseloads) {
		this.cohorts = cohorts;
		this.logbook = logbook;
		this.plans = plans;
		this.caseloads = caseloads;
	}

	/**
	 * The figures of a period.
	 */
	public Figures figures(CurrentUser user, Filter filter) {
		List<Cohorts.Row> rows = this.cohorts.open(user, filter.from(), filter.to(), filter.team(), filter.coach(),
				filter.funder());
		List<Cohorts.Row> started = rows.stream().filter(r -> within(r.startedOn(), filter)).toList();
		List<Cohorts.Row> closed = rows.stream().filter(r -> within(r.closedOn(), filter)).toList();
		long coached = rows.stream()
			.filter(r -> r.startedOn() != null && !r.startedOn().isAfter(filter.to())
					&& (r.closedOn() == null || r.closedOn().isAfter(filter.to())))
			.count();
		Map<EndReason, Integer> endReasons = new EnumMap<>(EndReason.class);
		for (EndReason reason : EndReason.values()) {
			endReasons.put(reason, 0);
		}
		closed.stream()
			.filter(r -> r.endReason() != null)
			.forEach(r -> endReasons.merge(r.endReason(), 1, Integer::sum));

		List<Long> closedIds = closed.stream().map(Cohorts.Row::id).toList();
		Map<Long, Integer> minutes = this.logbook.totalMinutes(user.organisationId(), closedIds);
		int totalMinutes = minutes.values().stream().mapToInt(Integer::intValue).sum();
		long weeks = closed.stream()
			.filter(r -> r.startedOn() != null)
			.mapToLong(r -> Math.max(1, ChronoUnit.WEEKS.between(r.startedOn(), r.closedOn())))
			.sum();
		int minutesOfStarted = closed.stream()
			.filter(r -> r.startedOn() != null)
			.mapToInt(r -> minutes.getOrDefault(r.id(), 0))
			.sum();
		Map<Long, Plans.GoalsReached> goals = this.plans.goalsReached(user.organisationId(), closedIds);
		int goalCount = goals.values().stream().mapToInt(Plans.GoalsReached::goals).sum();
		int reached = goals.values().stream().mapToInt(Plans.GoalsReached::reached).sum();
		List<Long> waits = started.stream()
			.map(r -> ChronoUnit.DAYS.between(r.referredOn(), r.startedOn()))
			.sorted()
			.toList();
		Long medianWait = waits.isEmpty() ? null : waits.get(waits.size() / 2);
		return new Figures(filter, started.size(), (int) coached, closed.size(), endReasons,
				closed.isEmpty() ? null : Hours.format(totalMinutes / closed.size()),
				(weeks == 0) ? null : Hours.format((int) (minutesOfStarted / weeks)),
				(goalCount == 0) ? null : Math.round(100f * reached / goalCount), medianWait,
				this.caseloads.caseloads(user));
	}

	private static boolean within(LocalDate day, Filter filter) {
		return day != null && !day.isBefore(filter.from()) && !day.isAfter(filter.to());
	}

	/**
	 * What the figures are counted over: a period, and optionally a team, a coach and a
	 * funder.
	 */
	public record Filter(LocalDate from, LocalDate to, Long team, Long coach, Funder funder) {
	}

	/**
	 * The figures of a period.
	 *
	 * @param hoursPerTrajectory the average hours of the trajectories closed in the
	 * period, or null when none closed
	 * @param hoursPerWeek the average hours per week of coaching of those, or null
	 * @param goalsReachedPercent the share of their plans' goals reached, or null
	 * @param referralToStartDays the median days from referral to the start of the
	 * coaching of the trajectories started in the period, or null
	 */
	public record Figures(Filter filter, int started, int coached, int closed, Map<EndReason, Integer> endReasons,
			String hoursPerTrajectory, String hoursPerWeek, Integer goalsReachedPercent, Long referralToStartDays,
			List<Caseloads.CoachCaseload> caseloads) {

		/**
		 * The share of the trajectories closed in the period that ended for a reason.
		 */
		public int percent(EndReason reason) {
			return (this.closed == 0) ? 0 : Math.round(100f * this.endReasons.get(reason) / this.closed);
		}

	}

}
