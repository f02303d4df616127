package nl.tandem.organisation.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.organisation.CertificateView;
import nl.tandem.organisation.Organisations;
import nl.tandem.organisation.Staff;
import nl.tandem.platform.HomePanel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the organisation module shows on the home page: a staff member's own certificates
 * that need renewal, and for administrators the state of the organisation.
 */
@Configuration(proxyBeanMethods = false)
class OrganisationPanels {

	@Bean
	HomePanel myCertificatesPanel(Staff staff) {
		return HomePanel.of(10, "organisation/panels :: my-certificates", () -> CurrentUser.signedIn().flatMap(user -> {
			List<CertificateView> warnings = staff.myCertificateWarnings(user);
			return warnings.isEmpty() ? Optional.empty()
					: Optional.of(Map.<String, Object>of("certificates", warnings));
		}));
	}

	@Bean
	HomePanel administrationPanel(Staff staff, Organisations organisations) {
		return HomePanel.of(20, "organisation/panels :: administration",
				() -> CurrentUser.signedIn()
					.filter(user -> user.has(Role.ADMIN))
					.map(user -> Map.<String, Object>of("organisation", organisations.current(user), "teams",
							organisations.teams(user), "expiring", staff.certificateWarnings(user))));
	}

}
