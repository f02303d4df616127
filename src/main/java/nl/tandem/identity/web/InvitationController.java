package nl.tandem.identity.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.tandem.identity.Invitations;
import nl.tandem.platform.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page of an invitation link: the invited person chooses a password and so opens
 * their account. A link that is unknown, expired, revoked or used gets one and the same
 * page, which tells nothing about which of these it was.
 */
@Controller
@RequestMapping("/invitation/{token}")
class InvitationController {

	private final Invitations invitations;

	InvitationController(Invitations invitations) {
		this.invitations = invitations;
	}

	@GetMapping
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		return this.invitations.open(token).map(invited -> {
			model.addAttribute("invited", invited);
			model.addAttribute("token", token);
			if (!model.containsAttribute("passwordForm")) {
				model.addAttribute("passwordForm", new PasswordForm("", ""));
			}
			return "identity/invitation";
		}).orElseGet(() -> invalid(response));
	}

	@PostMapping
	String accept(@PathVariable String token, @Valid @ModelAttribute PasswordForm passwordForm, BindingResult errors,
			Model model, HttpServletResponse response) {
		if (this.invitations.open(token).isEmpty()) {
			return invalid(response);
		}
		if (!errors.hasFieldErrors("password") && !passwordForm.password().equals(passwordForm.confirmation())) {
			errors.rejectValue("confirmation", "password.confirmation.mismatch");
		}
		boolean accepted = FormErrors.attempt(errors, Map.of(),
				() -> this.invitations.accept(token, passwordForm.password()));
		if (!accepted) {
			if (this.invitations.open(token).isEmpty()) {
				return invalid(response);
			}
			return show(token, model, response);
		}
		return "redirect:/login?welcome";
	}

	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return "identity/invitation-invalid";
	}

	record PasswordForm(@NotBlank(message = "{password.new.size}") @Size(min = 12, max = 128,
			message = "{password.new.size}") String password, String confirmation) {
	}

}
