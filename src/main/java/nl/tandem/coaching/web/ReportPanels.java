package nl.tandem.coaching.web;

import java.util.Map;

import nl.tandem.identity.CurrentUser;
import nl.tandem.platform.HomePanel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The way to the hours statement on the home page of team leads and administrators.
 */
@Configuration(proxyBeanMethods = false)
class ReportPanels {

	@Bean
	HomePanel hoursStatementPanel() {
		return HomePanel.of(5, "coaching/panels :: hours-statement",
				() -> CurrentUser.signedIn()
					.filter(HoursStatementController::mayDraw)
					.map(user -> Map.<String, Object>of("link", "/reports/hours")));
	}

}
