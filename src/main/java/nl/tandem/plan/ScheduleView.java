package nl.tandem.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.tandem.trajectory.TrajectoryFrame;

/**
 * The schedule of a trajectory as its page shows it: the planned sessions and the planned
 * hours against the grant. Without a schedule yet, {@code sessions} is empty and
 * {@code profile} null.
 */
public record ScheduleView(TrajectoryFrame trajectory, LocalDate startsOn, LocalDate endsOn, String profile,
		List<Session> sessions, PlannedHours hours, long version) {

	/**
	 * A planned session.
	 */
	public record Session(UUID key, LocalDate on, int minutes, boolean held) {
	}

	public boolean exists() {
		return this.profile != null;
	}

}
