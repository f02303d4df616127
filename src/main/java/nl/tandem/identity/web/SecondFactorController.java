package nl.tandem.identity.web;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.tandem.identity.PendingSecondFactor;
import nl.tandem.identity.TandemUser;
import nl.tandem.identity.TwoFactor;
import nl.tandem.platform.DomainRuleException;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in: the code of the authenticator app, or a recovery code.
 * It is asked within 10 minutes of the password; after that the sign-in starts again.
 */
@Controller
@RequestMapping("/login/code")
class SecondFactorController {

	static final Duration PATIENCE = Duration.ofMinutes(10);

	private final TwoFactor twoFactor;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final RequestCache requests = new HttpSessionRequestCache();

	SecondFactorController(TwoFactor twoFactor) {
		this.twoFactor = twoFactor;
	}

	@GetMapping
	String form(HttpServletRequest request, HttpServletResponse response) {
		if (pending(request, response) == null) {
			return "redirect:/login";
		}
		return "identity/code";
	}

	@PostMapping
	String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		PendingSecondFactor pending = pending(request, response);
		if (pending == null) {
			return "redirect:/login?expired";
		}
		try {
			this.twoFactor.verifySignIn(pending.user(), code);
		}
		catch (DomainRuleException ex) {
			model.addAttribute("codeError", ex.messageKey());
			return "identity/code";
		}
		TandemUser user = pending.user().withSecondFactorGiven();
		request.changeSessionId();
		remember(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), request,
				response);
		return "redirect:" + next(user, request, response);
	}

	private String next(TandemUser user, HttpServletRequest request, HttpServletResponse response) {
		if (user.mustChangePassword()) {
			return "/profile?passwordRequired";
		}
		SavedRequest saved = this.requests.getRequest(request, response);
		if (saved != null) {
			this.requests.removeRequest(request, response);
			return saved.getRedirectUrl();
		}
		return "/";
	}

	/**
	 * The pending sign-in of this session, unless it waited too long (then it is
	 * forgotten).
	 */
	private PendingSecondFactor pending(HttpServletRequest request, HttpServletResponse response) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof PendingSecondFactor pending)) {
			return null;
		}
		if (pending.since().plus(PATIENCE).isBefore(Instant.now())) {
			remember(null, request, response);
			return null;
		}
		return pending;
	}

	private void remember(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
