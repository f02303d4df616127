package nl.tandem.employer.web;

import java.util.Map;

import nl.tandem.employer.ContactRole;
import nl.tandem.employer.Country;
import nl.tandem.employer.EmployerSize;
import nl.tandem.employer.EmployerView;
import nl.tandem.platform.FormErrors;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employer page holds three forms (the employer, a new contact, a new workplace).
 * Whichever form was submitted keeps what the user typed and its errors; the others start
 * afresh.
 */
final class EmployerPage {

	static final String VIEW = "employer/employer";

	private EmployerPage() {
	}

	static String show(Model model, EmployerView employer) {
		model.addAttribute("employer", employer);
		if (!model.containsAttribute("employerForm")) {
			model.addAttribute("employerForm", EmployerForm.of(employer));
		}
		if (!model.containsAttribute("contactForm")) {
			model.addAttribute("contactForm", ContactForm.blank());
		}
		if (!model.containsAttribute("workplaceForm")) {
			model.addAttribute("workplaceForm", WorkplaceForm.blank());
		}
		return choices(model, VIEW);
	}

	static String choices(Model model, String view) {
		model.addAttribute("countries", Country.values());
		model.addAttribute("sizes", EmployerSize.values());
		model.addAttribute("contactRoles", ContactRole.values());
		return view;
	}

	static String redirect(long employerId, String anchor) {
		return "redirect:/employers/" + employerId + anchor;
	}

	/**
	 * Runs an action of a button (no form to show errors in) and reports its outcome at
	 * the top of the employer page.
	 */
	static String act(RedirectAttributes redirect, long employerId, String anchor, String done, Runnable action) {
		BindingResult result = new BeanPropertyBindingResult(employerId, "action");
		if (FormErrors.attempt(result, Map.of(), action)) {
			redirect.addFlashAttribute("saved", done);
		}
		else {
			redirect.addFlashAttribute("refused", result.getGlobalError().getCode());
		}
		return redirect(employerId, anchor);
	}

}
