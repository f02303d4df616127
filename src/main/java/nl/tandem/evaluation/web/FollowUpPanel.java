package nl.tandem.evaluation.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import nl.tandem.evaluation.Evaluations;
import nl.tandem.evaluation.FollowUps;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.platform.HomePanel;

import org.springframework.stereotype.Component;

/**
 * The follow-ups that are due on the coach's home page: the trajectories the coach closed
 * 6, 12 or 24 months ago, to check whether the person still works. Shown only when one is
 * due.
 */
@Component
class FollowUpPanel implements HomePanel {

	private final FollowUps followUps;

	FollowUpPanel(FollowUps followUps) {
		this.followUps = followUps;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public String fragment() {
		return "evaluation/panels :: follow-ups";
	}

	@Override
	public Optional<Map<String, Object>> model() {
		return CurrentUser.signedIn()
			.filter(user -> user.has(Role.COACH) && user.personId() != null)
			.map(user -> this.followUps.due(user.organisationId(), user.personId(), LocalDate.now(Evaluations.ZONE)))
			.filter(due -> !due.isEmpty())
			.map(due -> Map.<String, Object>of("due", due));
	}

}
