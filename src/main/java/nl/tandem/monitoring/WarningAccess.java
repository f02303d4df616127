package nl.tandem.monitoring;

import nl.tandem.audit.AccessLog;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and write the early-warning plan, the zones and the intensifications: the
 * one place where the monitoring module decides. They are sensitive, so only the
 * trajectory's assigned coach and the participant themselves (in the portal) read them;
 * for everybody else (another coach, the team lead, an administrator, another
 * organisation) they do not exist. The team lead learns only that a signal exists,
 * through {@link EarlyWarning}. Every read is written to the access log.
 */
@Component
class WarningAccess {

	private final Trajectories trajectories;

	private final AccessLog accessLog;

	WarningAccess(Trajectories trajectories, AccessLog accessLog) {
		this.trajectories = trajectories;
		this.accessLog = accessLog;
	}

	/**
	 * The trajectory for its assigned coach; anybody else is told it does not exist.
	 */
	TrajectoryFrame coach(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame;
		try {
			frame = this.trajectories.frame(user, trajectoryId);
		}
		catch (AccessDeniedException ex) {
			throw new NotFoundException("early-warning plan", trajectoryId);
		}
		if (!isCoach(user, frame)) {
			throw new NotFoundException("early-warning plan", trajectoryId);
		}
		return frame;
	}

	/**
	 * The trajectory for its assigned coach to change, as long as it is not closed.
	 */
	TrajectoryFrame writable(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = coach(user, trajectoryId);
		if (frame.isClosed()) {
			throw new DomainRuleException("warning.guard.trajectoryClosed");
		}
		return frame;
	}

	/**
	 * The participant's own trajectory, for the participant signed in to the portal; any
	 * other trajectory does not exist.
	 */
	TrajectoryFrame own(CurrentUser user, long trajectoryId) {
		return this.trajectories.ownFrame(user, trajectoryId);
	}

	/**
	 * The participant's own trajectory to record in, as long as it is not closed.
	 */
	TrajectoryFrame ownWritable(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = own(user, trajectoryId);
		if (frame.isClosed()) {
			throw new DomainRuleException("warning.guard.trajectoryClosed");
		}
		return frame;
	}

	/**
	 * Records that the coach read some of the participant's early-warning data.
	 */
	void read(CurrentUser user, TrajectoryFrame frame, String what) {
		this.accessLog.read(user, frame.participantId(), what);
	}

	void changed(CurrentUser user, TrajectoryFrame frame, String what) {
		this.accessLog.changed(user, frame.participantId(), what);
	}

	static boolean isCoach(CurrentUser user, TrajectoryFrame frame) {
		return user.has(Role.COACH) && user.personId() != null && user.personId().equals(frame.coachId());
	}

}
