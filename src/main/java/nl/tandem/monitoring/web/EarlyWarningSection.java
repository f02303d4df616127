package nl.tandem.monitoring.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.tandem.identity.CurrentUser;
import nl.tandem.monitoring.EarlyWarning;
import nl.tandem.monitoring.EarlyWarningPlans;
import nl.tandem.monitoring.IntensificationView;
import nl.tandem.monitoring.Intensifications;
import nl.tandem.monitoring.Zones;
import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryDetails;
import nl.tandem.trajectory.TrajectoryFrame;
import nl.tandem.trajectory.TrajectorySection;

import org.springframework.stereotype.Component;

/**
 * Early warning on the trajectory page. The assigned coach sees the current zone, the
 * early-warning plan's version and the open proposal for more coaching with its effect on
 * the hours against the grant and the buttons to decide; this read is logged. The team
 * lead sees only whether a signal is open, never the zone or the plan.
 */
@Component
class EarlyWarningSection implements TrajectorySection {

	private final Trajectories trajectories;

	private final EarlyWarningPlans plans;

	private final Zones zones;

	private final Intensifications intensifications;

	private final EarlyWarning earlyWarning;

	EarlyWarningSection(Trajectories trajectories, EarlyWarningPlans plans, Zones zones,
			Intensifications intensifications, EarlyWarning earlyWarning) {
		this.trajectories = trajectories;
		this.plans = plans;
		this.zones = zones;
		this.intensifications = intensifications;
		this.earlyWarning = earlyWarning;
	}

	@Override
	public int order() {
		return 55;
	}

	@Override
	public String fragment() {
		return "monitoring/warning/section :: warning";
	}

	@Override
	public Optional<Map<String, Object>> model(CurrentUser user, TrajectoryDetails trajectory) {
		if (!trajectory.mayWork() || trajectory.phase() == Phase.REFERRED || trajectory.phase() == Phase.INTAKE) {
			return Optional.empty();
		}
		Map<String, Object> model = new HashMap<>();
		model.put("trajectory", trajectory);
		boolean coach = trajectory.coachId() != null && trajectory.coachId().equals(user.personId())
				&& user.has(nl.tandem.identity.Role.COACH);
		model.put("coach", coach);
		if (!coach) {
			List<Long> id = List.of(trajectory.id());
			model.put("signal", !this.earlyWarning.raisedZones(user.organisationId(), id).isEmpty()
					|| !this.earlyWarning.openProposals(user.organisationId(), id).isEmpty());
			return Optional.of(model);
		}
		TrajectoryFrame frame = this.trajectories.frame(user, trajectory.id());
		var history = this.zones.history(user, frame);
		List<IntensificationView> proposals = this.intensifications.ofTrajectory(frame);
		List<IntensificationView> open = proposals.stream().filter(IntensificationView::isOpen).toList();
		model.put("plan", this.plans.summary(frame));
		model.put("current", history.isEmpty() ? null : history.get(0));
		model.put("timeline", this.zones.timeline(history));
		model.put("open", open);
		model.put("mayChange", !frame.isClosed());
		model.put("first",
				open.isEmpty() ? null : this.intensifications.proposal(user, frame, open.get(0).id(), null, null));
		return Optional.of(model);
	}

}
