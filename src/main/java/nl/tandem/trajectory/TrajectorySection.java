package nl.tandem.trajectory;

import java.util.Map;
import java.util.Optional;

import nl.tandem.identity.CurrentUser;

/**
 * A block on the trajectory page contributed by another module (the plan, later the
 * logbook and monitoring), so that the page shows the whole trajectory without knowing
 * those modules. A section shows only when it has something for the user.
 */
public interface TrajectorySection {

	/**
	 * The order on the page; lower comes first.
	 */
	int order();

	/**
	 * The Thymeleaf fragment that renders the section, e.g. {@code plan/section :: plan};
	 * it finds its model in {@code section}.
	 */
	String fragment();

	/**
	 * The model of the section for this user and trajectory, or empty to show nothing.
	 */
	Optional<Map<String, Object>> model(CurrentUser user, TrajectoryDetails trajectory);

}
