package nl.tandem.evaluation.web;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;

import nl.tandem.evaluation.Attendee;
import nl.tandem.evaluation.EvaluationPage;
import nl.tandem.evaluation.Evaluations;
import nl.tandem.evaluation.GoalResult;
import nl.tandem.evaluation.Outcome;
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
 * The evaluation meeting of a trajectory: the form while it is a draft and the coach may
 * write it, the evaluation as it stands otherwise (for the team lead, or once completed).
 */
@Controller
@RequestMapping("/trajectories/{id}/evaluation")
class EvaluationController {

	static final Map<String, String> FIELDS = Map.of("evaluation.heldOn.required", "heldOn", "evaluation.heldOn.future",
			"heldOn", "evaluation.tookPart.required", "tookPart", "evaluation.outcome.required", "outcome",
			"evaluation.hours.required", "hoursPerWeek", "evaluation.hours.range", "hoursPerWeek");

	private final Evaluations evaluations;

	EvaluationController(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	@GetMapping
	String show(@AuthenticationPrincipal TandemUser user, @PathVariable long id, Model model) {
		EvaluationPage page = this.evaluations.page(user.current(), id);
		model.addAttribute("form",
				EvaluationForm.of(page.planGoals(), page.evaluation(), LocalDate.now(Evaluations.ZONE)));
		return page(page, model);
	}

	@PostMapping
	String save(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") EvaluationForm form, BindingResult errors,
			@RequestParam(defaultValue = "false") boolean complete, Model model, RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, FIELDS,
				() -> this.evaluations.save(user.current(), id, form.getVersion(), form.toContent(), complete))) {
			return page(this.evaluations.page(user.current(), id), model);
		}
		redirect.addFlashAttribute("saved", complete ? "evaluation.completed" : "evaluation.saved");
		return "redirect:/trajectories/" + id + (complete ? "" : "/evaluation");
	}

	private static String page(EvaluationPage page, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("trajectory", page.trajectory());
		model.addAttribute("attendees", Attendee.values());
		model.addAttribute("results", GoalResult.values());
		model.addAttribute("outcomes", Outcome.values());
		return "evaluation/evaluation";
	}

}
