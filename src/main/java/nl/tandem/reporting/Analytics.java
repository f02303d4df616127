package nl.tandem.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import nl.tandem.coaching.Logbook;
import nl.tandem.evaluation.Outcome;
import nl.tandem.evaluation.Outcomes;
import nl.tandem.identity.CurrentUser;
import nl.tandem.monitoring.CheckIns;
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
 * the days from referral to the start of the coaching; the caseload per coach against the
 * norm; and what came of the trajectories closed in the period ({@link Results}:
 * outcomes, retention, satisfaction, capability sets, and all of it against the hours).
 * Each figure is counted from a few set-based queries (the trajectories, their hours,
 * their goals), never from free text.
 */
@Service
@Transactional(readOnly = true)
public class Analytics {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final Cohorts cohorts;

	private final Logbook logbook;

	private final Plans plans;

	private final Caseloads caseloads;

	private final Outcomes outcomes;

	private final CheckIns checkIns;

	private final Clock clock;

	Analytics(Cohorts cohorts, Logbook logbook, Plans plans, Caseloads caseloads, Outcomes outcomes, CheckIns checkIns,
			Clock clock) {
		this.cohorts = cohorts;
		this.logbook = logbook;
		this.plans = plans;
		this.caseloads = caseloads;
		this.outcomes = outcomes;
		this.checkIns = checkIns;
		this.clock = clock;
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
				this.caseloads.caseloads(user), results(user.organisationId(), closedIds, minutes));
	}

	/**
	 * What came of the trajectories closed in the period: four queries (outcomes,
	 * ratings, follow-ups, capability sets) however many there are.
	 */
	private Results results(long organisationId, List<Long> closedIds, Map<Long, Integer> minutes) {
		Map<Long, Outcomes.OutcomeRow> outcomeRows = this.outcomes.outcomes(organisationId, closedIds);
		Outcomes.RatingAverages ratings = this.outcomes.averageRatings(organisationId, closedIds);
		Map<Long, Map<Integer, Outcomes.FollowUpRow>> followUps = this.outcomes.followUps(organisationId, closedIds);
		Map<Long, CheckIns.CapabilityChange> capability = this.checkIns.capabilityChange(organisationId, closedIds);
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			counts.put(outcome, 0);
		}
		outcomeRows.values().forEach(row -> counts.merge(row.outcome(), 1, Integer::sum));
		List<Results.Point> points = new ArrayList<>();
		for (Long id : closedIds) {
			Outcomes.OutcomeRow outcome = outcomeRows.get(id);
			Outcomes.FollowUpRow six = followUps.getOrDefault(id, Map.of()).get(6);
			CheckIns.CapabilityChange change = capability.get(id);
			points
				.add(new Results.Point(minutes.getOrDefault(id, 0) / 60.0, (outcome != null) ? outcome.outcome() : null,
						(six != null && six.situation() != null) ? six.situation().isWorking() : null,
						(change != null) ? change.change() : null));
		}
		return new Results(counts, outcomeRows.size(), retention(followUps, 6, today), retention(followUps, 12, today),
				ratings, capability(capability.values()), points, bands(points));
	}

	private static Outcomes.Retention retention(Map<Long, Map<Integer, Outcomes.FollowUpRow>> followUps, int months,
			LocalDate today) {
		int due = 0;
		int checked = 0;
		int working = 0;
		for (Map<Integer, Outcomes.FollowUpRow> rows : followUps.values()) {
			Outcomes.FollowUpRow row = rows.get(months);
			if (row != null && !row.dueOn().isAfter(today)) {
				due++;
				checked += (row.checkedOn() != null) ? 1 : 0;
				working += (row.situation() != null && row.situation().isWorking()) ? 1 : 0;
			}
		}
		return new Outcomes.Retention(months, due, checked, working);
	}

	private static Results.Capability capability(Collection<CheckIns.CapabilityChange> changes) {
		if (changes.isEmpty()) {
			return null;
		}
		return new Results.Capability(changes.size(),
				changes.stream().mapToInt(CheckIns.CapabilityChange::atIntake).average().orElse(0),
				changes.stream().mapToInt(CheckIns.CapabilityChange::atEvaluation).average().orElse(0));
	}

	private static List<Results.Band> bands(List<Results.Point> points) {
		List<Results.Band> bands = new ArrayList<>();
		for (HoursBand band : HoursBand.values()) {
			List<Results.Point> in = points.stream()
				.filter(p -> HoursBand.of((int) Math.round(p.hours() * 60)) == band)
				.toList();
			OptionalDouble change = in.stream()
				.filter(p -> p.capabilityChange() != null)
				.mapToInt(Results.Point::capabilityChange)
				.average();
			bands.add(new Results.Band(band, in.size(), (int) in.stream().filter(p -> p.outcome() != null).count(),
					(int) in.stream().filter(p -> Boolean.TRUE.equals(p.workingAtEnd())).count(),
					(int) in.stream().filter(p -> p.workingAfterSixMonths() != null).count(),
					(int) in.stream().filter(p -> Boolean.TRUE.equals(p.workingAfterSixMonths())).count(),
					change.isPresent() ? change.getAsDouble() : null));
		}
		return bands;
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
			List<Caseloads.CoachCaseload> caseloads, Results results) {

		/**
		 * The share of the trajectories closed in the period that ended for a reason.
		 */
		public int percent(EndReason reason) {
			return (this.closed == 0) ? 0 : Math.round(100f * this.endReasons.get(reason) / this.closed);
		}

	}

}
