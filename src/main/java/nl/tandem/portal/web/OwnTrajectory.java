package nl.tandem.portal.web;

import java.util.Optional;

import nl.tandem.identity.CurrentUser;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.stereotype.Component;

/**
 * The trajectory the signed-in participant's portal pages are about: their current one.
 * An employer contact, or a participant without a trajectory, has none, and the
 * participant's pages do not exist for them.
 */
@Component
class OwnTrajectory {

	private final Trajectories trajectories;

	OwnTrajectory(Trajectories trajectories) {
		this.trajectories = trajectories;
	}

	Optional<TrajectoryFrame> optional(CurrentUser user) {
		return this.trajectories.ownFrame(user);
	}

	TrajectoryFrame required(CurrentUser user) {
		return optional(user).orElseThrow(() -> new NotFoundException("own trajectory", user.accountId()));
	}

}
