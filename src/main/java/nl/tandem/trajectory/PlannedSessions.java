package nl.tandem.trajectory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Where the dashboards learn the next planned coaching session of each trajectory; the
 * plan module, which keeps the schedules, answers.
 */
public interface PlannedSessions {

	/**
	 * The day of the next session not yet held, from {@code from} on, of each of the
	 * trajectories that has one, in one query.
	 */
	Map<Long, LocalDate> nextPlanned(long organisationId, Collection<Long> trajectoryIds, LocalDate from);

}
