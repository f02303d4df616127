package nl.tandem.employer.web;

import java.util.Map;

import jakarta.validation.Valid;

import nl.tandem.employer.EmployerView;
import nl.tandem.employer.Employers;
import nl.tandem.employer.WorkplaceView;
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
 * The workplaces of an employer: adding one on the employer page and editing one on its
 * own page.
 */
@Controller
@RequestMapping("/employers/{employerId}/workplaces")
class WorkplaceController {

	private static final String ANCHOR = "#workplaces";

	private static final Map<String, String> FIELDS = Map.of("employer.postalCode.invalid.NL", "workplacePostalCode",
			"employer.postalCode.invalid.BE", "workplacePostalCode");

	private final Employers employers;

	WorkplaceController(Employers employers) {
		this.employers = employers;
	}

	@PostMapping
	String add(@AuthenticationPrincipal TandemUser user, @PathVariable long employerId,
			@Valid @ModelAttribute WorkplaceForm workplaceForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		EmployerView employer = this.employers.find(user.current(), employerId);
		workplaceForm.checkCountryRules(employer.country(), errors);
		if (!FormErrors.attempt(errors, FIELDS,
				() -> this.employers.addWorkplace(user.current(), employerId, workplaceForm.details()))) {
			return EmployerPage.show(model, employer);
		}
		redirect.addFlashAttribute("saved", "employer.workplace.added");
		return EmployerPage.redirect(employerId, ANCHOR);
	}

	@GetMapping("/{workplaceId}")
	String edit(@AuthenticationPrincipal TandemUser user, @PathVariable long employerId, @PathVariable long workplaceId,
			Model model) {
		return edit(this.employers.find(user.current(), employerId), workplaceId, model);
	}

	@PostMapping("/{workplaceId}")
	String describe(@AuthenticationPrincipal TandemUser user, @PathVariable long employerId,
			@PathVariable long workplaceId, @Valid @ModelAttribute WorkplaceForm workplaceForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		EmployerView employer = this.employers.find(user.current(), employerId);
		workplaceForm.checkCountryRules(employer.country(), errors);
		if (!FormErrors.attempt(errors, FIELDS, () -> this.employers.describeWorkplace(user.current(), employerId,
				workplaceId, FormErrors.version(workplaceForm.version()), workplaceForm.details()))) {
			return edit(employer, workplaceId, model);
		}
		redirect.addFlashAttribute("saved", "employer.workplace.saved");
		return EmployerPage.redirect(employerId, ANCHOR);
	}

	private String edit(EmployerView employer, long workplaceId, Model model) {
		WorkplaceView workplace = employer.workplaces()
			.stream()
			.filter(candidate -> candidate.id() == workplaceId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("workplace", workplaceId));
		model.addAttribute("employer", employer);
		model.addAttribute("workplace", workplace);
		if (!model.containsAttribute("workplaceForm")) {
			model.addAttribute("workplaceForm", WorkplaceForm.of(workplace));
		}
		return "employer/workplace";
	}

}
