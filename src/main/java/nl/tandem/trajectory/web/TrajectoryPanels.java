package nl.tandem.trajectory.web;

import java.util.Map;

import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.platform.HomePanel;
import nl.tandem.trajectory.Caseloads;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dashboards on the home page: a coach's own trajectories by phase with their
 * signals, and for team leads and administrators the caseload per coach and the referrals
 * still waiting for a coach.
 */
@Configuration(proxyBeanMethods = false)
class TrajectoryPanels {

	@Bean
	HomePanel caseloadPanel(Caseloads caseloads) {
		return HomePanel.of(1, "trajectory/panels :: caseload",
				() -> CurrentUser.signedIn()
					.filter(user -> user.has(Role.COACH))
					.map(user -> Map.<String, Object>of("phases", caseloads.coachDashboard(user))));
	}

	@Bean
	HomePanel teamPanel(Caseloads caseloads) {
		return HomePanel.of(2, "trajectory/panels :: team",
				() -> CurrentUser.signedIn()
					.filter(user -> user.has(Role.TEAM_LEAD) || user.has(Role.ADMIN))
					.map(user -> Map.<String, Object>of("caseloads", caseloads.caseloads(user), "unassigned",
							caseloads.unassigned(user))));
	}

}
