package nl.tandem.trajectory;

import java.util.List;

import nl.tandem.trajectory.TrajectoryDetails.TimelineEntry;

/**
 * Lines that another module adds to a trajectory's timeline (for example the decisions on
 * a proposed intensification of the coaching), so that the timeline tells the whole story
 * without the trajectory module knowing that module. Asked once per page, for one
 * trajectory, in one query.
 */
public interface TimelineSource {

	/**
	 * The lines of one trajectory; {@code mayWork} says whether the reader may see the
	 * reasons (an administrator may not).
	 */
	List<TimelineEntry> entries(long organisationId, long trajectoryId, boolean mayWork);

}
