package nl.tandem.evaluation.web;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;

import nl.tandem.evaluation.Evaluations;
import nl.tandem.evaluation.FollowUpView;
import nl.tandem.evaluation.FollowUps;
import nl.tandem.evaluation.Outcome;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.TandemUser;
import nl.tandem.platform.FormErrors;
import nl.tandem.trajectory.TrajectoryFrame;

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
 * A follow-up after closure: whether the person still works, where and how many hours;
 * from here the coach may re-activate the trajectory.
 */
@Controller
@RequestMapping("/trajectories/{id}/follow-ups/{followUp}")
class FollowUpController {

	static final Map<String, String> FIELDS = Map.of("followUp.date.invalid", "checkedOn",
			"followUp.situation.required", "situation", "followUp.hours.required", "hoursPerWeek",
			"followUp.hours.range", "hoursPerWeek");

	private final Evaluations evaluations;

	private final FollowUps followUps;

	FollowUpController(Evaluations evaluations, FollowUps followUps) {
		this.evaluations = evaluations;
		this.followUps = followUps;
	}

	@GetMapping
	String show(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable long followUp,
			Model model) {
		FollowUpView view = this.followUps.followUp(user.current(), id, followUp);
		model.addAttribute("form", FollowUpForm.of(view, LocalDate.now(Evaluations.ZONE)));
		return page(user.current(), this.evaluations.frame(user.current(), id), view, model);
	}

	@PostMapping
	String record(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable long followUp,
			@Valid @ModelAttribute("form") FollowUpForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, FIELDS, () -> this.followUps.record(user.current(), id, followUp,
				FormErrors.version(form.version()), form.toResult()))) {
			return page(user.current(), this.evaluations.frame(user.current(), id),
					this.followUps.followUp(user.current(), id, followUp), model);
		}
		redirect.addFlashAttribute("saved", "followUp.saved");
		return "redirect:/trajectories/" + id;
	}

	private static String page(CurrentUser user, TrajectoryFrame frame, FollowUpView followUp, Model model) {
		model.addAttribute("trajectory", frame);
		model.addAttribute("followUp", followUp);
		model.addAttribute("situations", Outcome.values());
		model.addAttribute("mayRecord", Evaluations.isCoach(user, frame.coachId()) && frame.isClosed());
		return "evaluation/follow-up";
	}

}
