package nl.tandem.monitoring.web;

import java.util.Map;
import java.util.Optional;

import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.TandemUser;
import nl.tandem.monitoring.CheckIns;
import nl.tandem.monitoring.PhaseOutReadiness;
import nl.tandem.monitoring.PhaseOutView;
import nl.tandem.platform.FormErrors;
import nl.tandem.trajectory.TrajectoryDetails;
import nl.tandem.trajectory.TrajectorySection;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The phase-out readiness on the page of an active trajectory, for its coach: the five
 * points, the participant's own view (recorded here), and when all hold the suggestion to
 * start the phase-out.
 */
@Controller
class ReadinessSection implements TrajectorySection {

	private final PhaseOutReadiness readiness;

	ReadinessSection(PhaseOutReadiness readiness) {
		this.readiness = readiness;
	}

	@Override
	public int order() {
		return 58;
	}

	@Override
	public String fragment() {
		return "monitoring/readiness :: section";
	}

	@Override
	public Optional<Map<String, Object>> model(CurrentUser user, TrajectoryDetails trajectory) {
		if (!CheckIns.isCoach(user, trajectory.coachId())) {
			return Optional.empty();
		}
		return this.readiness.of(trajectory, user.organisationId())
			.map(readiness -> Map.of("trajectory", trajectory, "readiness", readiness, "views", PhaseOutView.values()));
	}

	@PostMapping("/trajectories/{id}/readiness/view")
	String recordView(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@RequestParam(required = false) PhaseOutView view, @RequestParam(required = false) String remark,
			RedirectAttributes redirect) {
		FormErrors.act(redirect, "readiness.view.saved",
				() -> this.readiness.recordView(user.current(), id, view, remark));
		return "redirect:/trajectories/" + id + "#readiness";
	}

}
