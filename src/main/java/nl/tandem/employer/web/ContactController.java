package nl.tandem.employer.web;

import java.util.Map;

import jakarta.validation.Valid;

import nl.tandem.employer.ContactView;
import nl.tandem.employer.EmployerView;
import nl.tandem.employer.Employers;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contact persons of an employer: adding one on the employer page, editing one on its
 * own page, and deactivating (or reactivating) one from the list.
 */
@Controller
@RequestMapping("/employers/{employerId}/contacts")
class ContactController {

	private static final String ANCHOR = "#contacts";

	private final Employers employers;

	ContactController(Employers employers) {
		this.employers = employers;
	}

	@PostMapping
	String add(@AuthenticationPrincipal TandemUser user, @PathVariable long employerId,
			@Valid @ModelAttribute ContactForm contactForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, Map.of(),
				() -> this.employers.addContact(user.current(), employerId, contactForm.details()))) {
			return EmployerPage.show(model, this.employers.find(user.current(), employerId));
		}
		redirect.addFlashAttribute("saved", "employer.contact.added");
		return EmployerPage.redirect(employerId, ANCHOR);
	}

	@GetMapping("/{contactId}")
	String edit(@AuthenticationPrincipal TandemUser user, @PathVariable long employerId, @PathVariable long contactId,
			Model model) {
		EmployerView employer = this.employers.find(user.current(), employerId);
		ContactView contact = employer.contacts()
			.stream()
			.filter(candidate -> candidate.id() == contactId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("employer contact", contactId));
		model.addAttribute("employer", employer);
		model.addAttribute("contact", contact);
		if (!model.containsAttribute("contactForm")) {
			model.addAttribute("contactForm", ContactForm.of(contact));
		}
		return EmployerPage.choices(model, "employer/contact");
	}

	@PostMapping("/{contactId}")
	String describe(@AuthenticationPrincipal TandemUser user, @PathVariable long employerId,
			@PathVariable long contactId, @Valid @ModelAttribute ContactForm contactForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, Map.of(), () -> this.employers.describeContact(user.current(), employerId,
				contactId, FormErrors.version(contactForm.version()), contactForm.details()))) {
			return edit(user, employerId, contactId, model);
		}
		redirect.addFlashAttribute("saved", "employer.contact.saved");
		return EmployerPage.redirect(employerId, ANCHOR);
	}

	@PostMapping("/{contactId}/deactivate")
	String deactivate(@AuthenticationPrincipal TandemUser user, @PathVariable long employerId,
			@PathVariable long contactId, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		return EmployerPage.act(redirect, employerId, ANCHOR, "employer.contact.deactivated", () -> this.employers
			.deactivateContact(user.current(), employerId, contactId, FormErrors.version(version)));
	}

	@PostMapping("/{contactId}/reactivate")
	String reactivate(@AuthenticationPrincipal TandemUser user, @PathVariable long employerId,
			@PathVariable long contactId, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		return EmployerPage.act(redirect, employerId, ANCHOR, "employer.contact.reactivated", () -> this.employers
			.reactivateContact(user.current(), employerId, contactId, FormErrors.version(version)));
	}

}
