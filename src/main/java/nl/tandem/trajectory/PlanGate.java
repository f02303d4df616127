package nl.tandem.trajectory;

import org.springframework.stereotype.Component;

/**
 * Whether a trajectory has a coaching plan that participant, employer and coach agreed
 * to; no trajectory becomes active without one. The plan module records the day of that
 * agreement on the trajectory when the last of the three signs off.
 */
@Component
class PlanGate {

	boolean hasAgreedPlan(Trajectory trajectory) {
		return trajectory.planAgreedOn() != null;
	}

}
