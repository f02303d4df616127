package nl.tandem.portal.web;

import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.TandemUser;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where participants and employer contacts land after signing in: a participant on their
 * own home page, an employer contact on the list of the employees being coached.
 */
@Controller
class PortalController {

	private final ParticipantPortalController participantPortal;

	PortalController(ParticipantPortalController participantPortal) {
		this.participantPortal = participantPortal;
	}

	@GetMapping("/portal")
	String portal(@AuthenticationPrincipal TandemUser user, Model model) {
		CurrentUser current = user.current();
		if (current.participantId().isPresent()) {
			return this.participantPortal.home(current, model);
		}
		if (current.employerContactId().isPresent()) {
			return "redirect:/portal/employer";
		}
		throw new AccessDeniedException("The portal is for participants and employer contacts");
	}

}
