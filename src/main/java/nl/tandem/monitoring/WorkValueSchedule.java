package nl.tandem.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.tandem.monitoring.CheckInOverview.DueCheckIn;
import nl.tandem.trajectory.GrantPeriod;
import nl.tandem.trajectory.Phase;

/**
 * When a work-values check-in is due: at the intake (as long as the trajectory has none),
 * towards the end of every grant period, and at the evaluation.
 * <ul>
 * <li>A <b>period-end</b> check-in is due from {@value #DUE_BEFORE_END_DAYS} days before
 * a period ends, while the participant is being coached (active, paused or phasing out);
 * a check-in of any kind taken from {@value #COUNTS_BEFORE_END_DAYS} days before the end
 * on counts for it.</li>
 * <li>The <b>evaluation</b> check-in is due while the trajectory is in evaluation and has
 * none.</li>
 * </ul>
 */
final class WorkValueSchedule {

	static final int DUE_BEFORE_END_DAYS = 14;

	static final int COUNTS_BEFORE_END_DAYS = 28;

	private static final Set<Phase> COACHING = EnumSet.of(Phase.ACTIVE, Phase.PAUSED, Phase.PHASING_OUT);

	private WorkValueSchedule() {
	}

	/**
	 * @param latestByMoment the day of the latest check-in of each moment taken so far
	 */
	static List<DueCheckIn> due(Phase phase, List<GrantPeriod> periods, Map<WorkValueMoment, LocalDate> latestByMoment,
			LocalDate today) {
		List<DueCheckIn> due = new ArrayList<>();
		if (phase == Phase.REFERRED || phase == Phase.CLOSED) {
			return due;
		}
		if (latestByMoment.isEmpty()) {
			due.add(new DueCheckIn(DueCheckIn.Kind.WORK_VALUES_INTAKE, null, null));
		}
		LocalDate latest = latestByMoment.values().stream().max(Comparator.naturalOrder()).orElse(null);
		if (COACHING.contains(phase)) {
			periods.stream()
				.filter(period -> !period.end().minusDays(DUE_BEFORE_END_DAYS).isAfter(today))
				.max(Comparator.comparing(GrantPeriod::end))
				.filter(period -> latest == null || latest.isBefore(period.end().minusDays(COUNTS_BEFORE_END_DAYS)))
				.ifPresent(period -> due.add(new DueCheckIn(DueCheckIn.Kind.WORK_VALUES_PERIOD_END,
						period.end().minusDays(DUE_BEFORE_END_DAYS), period.number())));
		}
		if (phase == Phase.EVALUATION && !latestByMoment.containsKey(WorkValueMoment.EVALUATION)) {
			due.add(new DueCheckIn(DueCheckIn.Kind.WORK_VALUES_EVALUATION, null, null));
		}
		return due;
	}

}
