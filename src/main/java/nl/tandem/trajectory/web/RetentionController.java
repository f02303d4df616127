package nl.tandem.trajectory.web;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.tandem.identity.TandemUser;
import nl.tandem.platform.FormErrors;
import nl.tandem.trajectory.Retention;

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
 * The privacy officer's retention page: the files past their term, each anonymised on
 * confirmation, and the erasure of a participant's file on request.
 */
@Controller
@RequestMapping("/privacy/retention")
class RetentionController {

	private final Retention retention;

	RetentionController(Retention retention) {
		this.retention = retention;
	}

	@GetMapping
	String show(@AuthenticationPrincipal TandemUser user, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) String q, Model model) {
		model.addAttribute("due", this.retention.due(user.current(), page));
		model.addAttribute("q", q);
		model.addAttribute("found", this.retention.find(user.current(), q));
		return "privacy/retention";
	}

	@PostMapping("/{participantId}/anonymise")
	String anonymise(@AuthenticationPrincipal TandemUser user, @PathVariable long participantId,
			RedirectAttributes redirect) {
		FormErrors.act(redirect, "retention.anonymised",
				() -> this.retention.anonymiseDue(user.current(), participantId));
		return "redirect:/privacy/retention";
	}

	@GetMapping("/erase/{participantId}")
	String erasure(@AuthenticationPrincipal TandemUser user, @PathVariable long participantId, Model model) {
		model.addAttribute("candidate", this.retention.candidate(user.current(), participantId));
		if (!model.containsAttribute("erasureForm")) {
			model.addAttribute("erasureForm", new ErasureForm(null));
		}
		return "privacy/erase";
	}

	@PostMapping("/erase/{participantId}")
	String erase(@AuthenticationPrincipal TandemUser user, @PathVariable long participantId,
			@Valid @ModelAttribute ErasureForm erasureForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		boolean erased = FormErrors.attempt(errors, Map.of("retention.reason.required", "reason"),
				() -> this.retention.eraseOnRequest(user.current(), participantId, erasureForm.reason()));
		if (!erased) {
			return erasure(user, participantId, model);
		}
		redirect.addFlashAttribute("saved", "retention.erased");
		return "redirect:/privacy/retention";
	}

	record ErasureForm(@NotBlank(message = "{retention.reason.required}") @Size(max = 2000,
			message = "{field.too.long}") String reason) {
	}

}
