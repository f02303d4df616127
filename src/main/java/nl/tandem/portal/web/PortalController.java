package nl.tandem.portal.web;

import java.util.List;

import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.TandemUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where participants and employer contacts land after signing in.
 */
@Controller
class PortalController {

	private final Employers employers;

	private final ParticipantPortalController participantPortal;

	PortalController(Employers employers, ParticipantPortalController participantPortal) {
		this.employers = employers;
		this.participantPortal = participantPortal;
	}

	@GetMapping("/portal")
	String portal(@AuthenticationPrincipal TandemUser user, Model model) {
		CurrentUser current = user.current();
		if (current.participantId().isPresent()) {
			return this.participantPortal.home(current, model);
		}
		model.addAttribute("name", current.displayName());
		current.employerContactId()
			.ifPresent(contact -> model.addAttribute("employerName", this.employers
				.contact(current.organisationId(), contact)
				.map(c -> this.employers.names(current.organisationId(), List.of(c.employerId())).get(c.employerId()))
				.orElse("")));
		return "portal/home";
	}

}
