package nl.tandem.trajectory;

import org.springframework.stereotype.Component;

/**
 * Whether a trajectory has a coaching plan that participant, employer and coach agreed
 * to; no trajectory becomes active without one. The coach records the date of that
 * agreement on the trajectory.
 */
@Component
class PlanGate {

	boolean hasAgreedPlan(Trajectory trajectory) {
		return trajectory.planAgreedOn() != null;
	}

}
