package nl.tandem.trajectory.web;

import java.util.Map;
import java.util.Optional;

import nl.tandem.identity.CurrentUser;
import nl.tandem.participant.ConsentCategory;
import nl.tandem.participant.Consents;
import nl.tandem.trajectory.TrajectoryDetails;
import nl.tandem.trajectory.TrajectorySection;

import org.springframework.stereotype.Component;

/**
 * The participant's current consents on the trajectory page, with the way to record and
 * withdraw them, for those who work on the trajectory.
 */
@Component
class ConsentSection implements TrajectorySection {

	private final Consents consents;

	ConsentSection(Consents consents) {
		this.consents = consents;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public String fragment() {
		return "participant/consents :: consents-section";
	}

	@Override
	public Optional<Map<String, Object>> model(CurrentUser user, TrajectoryDetails trajectory) {
		if (!trajectory.mayWork()) {
			return Optional.empty();
		}
		return Optional.of(Map.of("trajectory", trajectory, "current",
				this.consents.current(user.organisationId(), trajectory.participantId()), "categories",
				ConsentCategory.values()));
	}

}
