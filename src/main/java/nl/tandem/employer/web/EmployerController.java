package nl.tandem.employer.web;

import java.util.Map;

import jakarta.validation.Valid;

import nl.tandem.employer.Employers;
import nl.tandem.identity.TandemUser;
import nl.tandem.platform.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employers of the organisation: the searchable list, registering an employer, and
 * the employer page with its details.
 */
@Controller
@RequestMapping("/employers")
class EmployerController {

	static final Map<String, String> FIELDS = Map.of("employer.postalCode.invalid.NL", "postalCode",
			"employer.postalCode.invalid.BE", "postalCode", "employer.registrationNumber.invalid.NL",
			"registrationNumber", "employer.registrationNumber.invalid.BE", "registrationNumber",
			"employer.registrationNumber.taken", "registrationNumber");

	private final Employers employers;

	EmployerController(Employers employers) {
		this.employers = employers;
	}

	@GetMapping
	String list(@AuthenticationPrincipal TandemUser user, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("employers", this.employers.search(user.current(), q, page));
		return "employer/employers";
	}

	@GetMapping("/new")
	String registration(Model model) {
		if (!model.containsAttribute("employerForm")) {
			model.addAttribute("employerForm", EmployerForm.blank());
		}
		return EmployerPage.choices(model, "employer/employer-new");
	}

	@PostMapping
	String register(@AuthenticationPrincipal TandemUser user, @Valid @ModelAttribute EmployerForm employerForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		employerForm.checkCountryRules(errors);
		long[] registered = new long[1];
		if (!FormErrors.attempt(errors, FIELDS,
				() -> registered[0] = this.employers.register(user.current(), employerForm.details()))) {
			return registration(model);
		}
		redirect.addFlashAttribute("saved", "employer.created");
		return EmployerPage.redirect(registered[0], "");
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal TandemUser user, @PathVariable long id, Model model) {
		return EmployerPage.show(model, this.employers.find(user.current(), id));
	}

	@PostMapping("/{id}")
	String describe(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute EmployerForm employerForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		employerForm.checkCountryRules(errors);
		if (!FormErrors.attempt(errors, FIELDS, () -> this.employers.describe(user.current(), id,
				FormErrors.version(employerForm.version()), employerForm.details()))) {
			return show(user, id, model);
		}
		redirect.addFlashAttribute("saved", "employer.saved");
		return EmployerPage.redirect(id, "");
	}

}
