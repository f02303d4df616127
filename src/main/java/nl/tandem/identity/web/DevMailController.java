package nl.tandem.identity.web;

import nl.tandem.identity.TandemUser;
import nl.tandem.platform.Mails;
import nl.tandem.platform.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * For developers only: the mails that were not sent because no SMTP server is configured,
 * those of the administrator's own organisation. With a server (always in production)
 * this page does not exist.
 */
@Controller
class DevMailController {

	private final Mails mails;

	DevMailController(Mails mails) {
		this.mails = mails;
	}

	@GetMapping("/dev/mail")
	String mails(@AuthenticationPrincipal TandemUser user, Model model) {
		if (!this.mails.keeping()) {
			throw new NotFoundException("page", "/dev/mail");
		}
		model.addAttribute("mails", this.mails.kept(user.current().organisationId()));
		return "identity/dev-mail";
	}

}
