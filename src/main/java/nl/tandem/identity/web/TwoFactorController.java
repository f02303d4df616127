package nl.tandem.identity.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.tandem.identity.TandemUser;
import nl.tandem.identity.TwoFactor;
import nl.tandem.platform.DomainRuleException;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Setting up two-factor sign-in on the profile: the secret for the authenticator app, the
 * first code that confirms it, and the recovery codes.
 */
@Controller
@RequestMapping("/profile/two-factor")
class TwoFactorController {

	private final TwoFactor twoFactor;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	TwoFactorController(TwoFactor twoFactor) {
		this.twoFactor = twoFactor;
	}

	@GetMapping
	String show(@AuthenticationPrincipal TandemUser user, Model model) {
		model.addAttribute("enrolment", this.twoFactor.enrolment(user.current(), user.getUsername()));
		return "identity/two-factor";
	}

	@PostMapping("/confirm")
	String confirm(@AuthenticationPrincipal TandemUser user, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		List<String> codes;
		try {
			codes = this.twoFactor.confirm(user.current(), code.strip());
		}
		catch (DomainRuleException ex) {
			model.addAttribute("codeError", ex.messageKey());
			return show(user, model);
		}
		remember(user.withSecondFactorGiven(), request, response);
		model.addAttribute("recoveryCodes", codes);
		model.addAttribute("saved", "twofactor.enrolled");
		return show(user, model);
	}

	@PostMapping("/recovery-codes")
	String recoveryCodes(@AuthenticationPrincipal TandemUser user, Model model) {
		model.addAttribute("recoveryCodes", this.twoFactor.newRecoveryCodes(user.current()));
		model.addAttribute("saved", "twofactor.recovery.renewed");
		return show(user, model);
	}

	private void remember(TandemUser user, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
