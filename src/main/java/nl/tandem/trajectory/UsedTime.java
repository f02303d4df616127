package nl.tandem.trajectory;

import java.time.LocalDate;
import java.util.Map;

/**
 * Where the dashboards learn how much coaching time was used in each trajectory's current
 * grant period; the logbook answers.
 */
public interface UsedTime {

	/**
	 * The minutes registered per trajectory within its period (both days included), in
	 * one query.
	 */
	Map<Long, Integer> minutesUsed(long organisationId, Map<Long, Period> periods);

	/**
	 * A range of days.
	 */
	record Period(LocalDate from, LocalDate to) {
	}

}
