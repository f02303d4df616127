package nl.tandem.employer.web;

import java.util.Map;

import jakarta.validation.Valid;

import nl.tandem.employer.Scheme;
import nl.tandem.employer.SchemeText;
import nl.tandem.employer.Schemes;
import nl.tandem.identity.TandemUser;
import nl.tandem.platform.FormErrors;
import nl.tandem.platform.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages for the information on schemes that employer contacts read in
 * the portal: the list of schemes in both languages, and a form per scheme and language.
 */
@Controller
@RequestMapping("/admin/schemes")
class SchemeController {

	static final Map<String, String> FIELDS = Map.of("scheme.title.required", "title", "scheme.title.tooLong", "title",
			"scheme.title.markup", "title", "scheme.body.required", "body", "scheme.body.tooLong", "body",
			"scheme.body.markup", "body");

	private final Schemes schemes;

	SchemeController(Schemes schemes) {
		this.schemes = schemes;
	}

	@GetMapping
	String list(@AuthenticationPrincipal TandemUser user, Model model) {
		model.addAttribute("texts", this.schemes.all(user.current()));
		return "employer/schemes";
	}

	@GetMapping("/{scheme}/{language}")
	String edit(@AuthenticationPrincipal TandemUser user, @PathVariable String scheme, @PathVariable String language,
			Model model) {
		SchemeText text = this.schemes.text(user.current(), scheme(scheme), language(language));
		if (!model.containsAttribute("schemeForm")) {
			model.addAttribute("schemeForm", new SchemeForm(text.title(), text.body(), text.version()));
		}
		model.addAttribute("text", text);
		return "employer/scheme-form";
	}

	@PostMapping("/{scheme}/{language}")
	String save(@AuthenticationPrincipal TandemUser user, @PathVariable String scheme, @PathVariable String language,
			@Valid @ModelAttribute SchemeForm schemeForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Scheme which = scheme(scheme);
		String lang = language(language);
		if (!FormErrors.attempt(errors, FIELDS, () -> this.schemes.edit(user.current(), which, lang,
				FormErrors.version(schemeForm.version()), schemeForm.title(), schemeForm.body()))) {
			model.addAttribute("text", this.schemes.text(user.current(), which, lang));
			return "employer/scheme-form";
		}
		redirect.addFlashAttribute("saved", "scheme.saved");
		return "redirect:/admin/schemes";
	}

	private static Scheme scheme(String name) {
		for (Scheme scheme : Scheme.values()) {
			if (scheme.name().equals(name)) {
				return scheme;
			}
		}
		throw new NotFoundException("scheme", name);
	}

	private static String language(String language) {
		if (!Schemes.LANGUAGES.contains(language)) {
			throw new NotFoundException("scheme language", language);
		}
		return language;
	}

}
