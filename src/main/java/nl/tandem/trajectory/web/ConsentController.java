package nl.tandem.trajectory.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import nl.tandem.identity.TandemUser;
import nl.tandem.participant.ConsentCategory;
import nl.tandem.participant.ConsentMethod;
import nl.tandem.participant.Consents;
import nl.tandem.platform.FormErrors;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.format.annotation.DateTimeFormat;
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
 * The participant's consents, reached from the trajectory: the coach (or team lead)
 * records a consent given in person or by e-mail and records its withdrawal; the history
 * stays on the page.
 */
@Controller
@RequestMapping("/trajectories/{id}/consents")
class ConsentController {

	private static final Map<String, String> FIELDS = Map.of("consent.alreadyGiven", "category",
			"consent.category.required", "category", "consent.how.required", "how", "consent.date.invalid", "on");

	private final Trajectories trajectories;

	private final Consents consents;

	ConsentController(Trajectories trajectories, Consents consents) {
		this.trajectories = trajectories;
		this.consents = consents;
	}

	@GetMapping
	String show(@AuthenticationPrincipal TandemUser user, @PathVariable long id, Model model) {
		TrajectoryFrame frame = this.trajectories.frame(user.current(), id);
		if (!model.containsAttribute("consentForm")) {
			model.addAttribute("consentForm", new ConsentForm(null, today(), ConsentMethod.IN_PERSON));
		}
		model.addAttribute("trajectory", frame);
		model.addAttribute("current", this.consents.current(frame.organisationId(), frame.participantId()));
		model.addAttribute("history", this.consents.history(frame.organisationId(), frame.participantId()));
		model.addAttribute("categories", ConsentCategory.values());
		model.addAttribute("methods", new ConsentMethod[] { ConsentMethod.IN_PERSON, ConsentMethod.EMAIL });
		model.addAttribute("today", today());
		return "participant/consents";
	}

	@PostMapping
	String give(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute ConsentForm consentForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		TrajectoryFrame frame = this.trajectories.frame(user.current(), id);
		boolean saved = FormErrors.attempt(errors, FIELDS, () -> this.consents.give(user.current(),
				frame.participantId(), consentForm.category(), consentForm.on(), consentForm.how()));
		if (!saved) {
			return show(user, id, model);
		}
		redirect.addFlashAttribute("saved", "consent.given.done");
		return "redirect:/trajectories/" + id + "/consents";
	}

	@PostMapping("/{consentId}/withdraw")
	String withdraw(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable long consentId,
			@RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) ConsentMethod how, RedirectAttributes redirect) {
		TrajectoryFrame frame = this.trajectories.frame(user.current(), id);
		FormErrors.act(redirect, "consent.withdrawn.done",
				() -> this.consents.withdraw(user.current(), frame.participantId(), consentId, version, on, how));
		return "redirect:/trajectories/" + id + "/consents";
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
	}

	record ConsentForm(@NotNull(message = "{consent.category.required}") ConsentCategory category,
			@NotNull(message = "{consent.date.invalid}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@NotNull(message = "{consent.how.required}") ConsentMethod how) {
	}

}
