package nl.tandem.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.tandem.participant.WorkValue;

/**
 * The check-ins of one trajectory at a glance, for its coach: the latest work-values
 * check-in with the values that dropped out of the capability set since the one before,
 * the recent balance and load check-ins (oldest first) with the latest's stability, the
 * working alliance, and the check-ins that are due.
 *
 * @param lastHeldOn the day of the latest held session, or null
 * @param balanceAfterLastSession whether the latest held session has no balance check-in
 * on or after its day yet
 */
public record CheckInOverview(WorkValueCheckInView workValues, Set<WorkValue> droppedOut,
		List<BalanceCheckInView> balanceTrend, CheckInSignals.LatestBalance balance,
		CheckInSignals.AllianceStatus alliance, List<DueCheckIn> due, LocalDate lastHeldOn,
		boolean balanceAfterLastSession) {

	public boolean isEmpty() {
		return this.workValues == null && this.balanceTrend.isEmpty() && this.alliance == null;
	}

	/**
	 * A check-in that is due, since when, and for a period-end check-in the grant period.
	 */
	public record DueCheckIn(Kind kind, LocalDate since, Integer period) {

		public enum Kind {

			WORK_VALUES_INTAKE, WORK_VALUES_PERIOD_END, WORK_VALUES_EVALUATION, ALLIANCE

		}

	}

}
