package nl.tandem.plan.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import nl.tandem.identity.CurrentUser;
import nl.tandem.plan.Plans;
import nl.tandem.trajectory.TrajectoryDetails;
import nl.tandem.trajectory.TrajectorySection;

import org.springframework.stereotype.Component;

/**
 * The plan on the trajectory page: its version and status, when it was agreed, the next
 * planned session, and the way to the plan and the schedule. Shown to those who work on
 * the trajectory.
 */
@Component
class PlanSection implements TrajectorySection {

	private final Plans plans;

	PlanSection(Plans plans) {
		this.plans = plans;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String fragment() {
		return "plan/section :: plan";
	}

	@Override
	public Optional<Map<String, Object>> model(CurrentUser user, TrajectoryDetails trajectory) {
		if (!trajectory.mayWork()) {
			return Optional.empty();
		}
		return Optional.of(Map.of("trajectory", trajectory, "plan", this.plans.summary(user.organisationId(),
				trajectory.id(), LocalDate.now(ZoneId.of("Europe/Amsterdam")))));
	}

}
