package nl.tandem.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.tandem.identity.Accounts;
import nl.tandem.identity.TandemUser;
import nl.tandem.platform.DomainRuleException;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every user's own settings: the language and the password.
 */
@Controller
@RequestMapping("/profile")
class ProfileController {

	private final Accounts accounts;

	private final LocaleResolver localeResolver;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	ProfileController(Accounts accounts, LocaleResolver localeResolver) {
		this.accounts = accounts;
		this.localeResolver = localeResolver;
	}

	@GetMapping
	String profile(@AuthenticationPrincipal TandemUser user, Model model) {
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm("", "", ""));
		}
		if (!model.containsAttribute("languageForm")) {
			model.addAttribute("languageForm", new LanguageForm(this.accounts.languageOf(user.current())));
		}
		model.addAttribute("email", user.getUsername());
		return "identity/profile";
	}

	@PostMapping("/language")
	String language(@AuthenticationPrincipal TandemUser user, @Valid @ModelAttribute LanguageForm languageForm,
			BindingResult errors, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return profile(user, model);
		}
		this.accounts.changeOwnLanguage(user.current(), languageForm.language());
		this.localeResolver.setLocale(request, response, Locale.forLanguageTag(languageForm.language()));
		redirect.addFlashAttribute("saved", "profile.language.saved");
		return "redirect:/profile";
	}

	@PostMapping("/password")
	String password(@AuthenticationPrincipal TandemUser user, @Valid @ModelAttribute PasswordForm passwordForm,
			BindingResult errors, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("newPassword") && !passwordForm.newPassword().equals(passwordForm.confirmation())) {
			errors.rejectValue("confirmation", "password.confirmation.mismatch");
		}
		if (!errors.hasErrors()) {
			try {
				this.accounts.changeOwnPassword(user.current(), passwordForm.currentPassword(),
						passwordForm.newPassword());
			}
			catch (DomainRuleException ex) {
				String field = "password.current.wrong".equals(ex.messageKey()) ? "currentPassword" : "newPassword";
				errors.rejectValue(field, ex.messageKey());
			}
		}
		if (errors.hasErrors()) {
			return profile(user, model);
		}
		remember(user.withPasswordChanged(), request, response);
		redirect.addFlashAttribute("saved", "profile.password.saved");
		return "redirect:/profile";
	}

	private void remember(TandemUser user, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	record LanguageForm(@NotBlank @Pattern(regexp = "nl|en", message = "{profile.language.invalid}") String language) {
	}

	record PasswordForm(@NotBlank(message = "{password.current.required}") String currentPassword,
			@NotBlank(message = "{password.new.size}") @Size(min = 12, max = 128,
					message = "{password.new.size}") String newPassword,
			String confirmation) {
	}

}
