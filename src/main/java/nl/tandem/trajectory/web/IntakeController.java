package nl.tandem.trajectory.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import jakarta.validation.Valid;

import nl.tandem.identity.TandemUser;
import nl.tandem.participant.IntakeContent;
import nl.tandem.participant.IntakeView;
import nl.tandem.participant.WorkValue;
import nl.tandem.platform.FormErrors;
import nl.tandem.trajectory.AssessmentContent;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.Trajectories.AssessmentView;
import nl.tandem.trajectory.WorkplaceAssessmentMatch;
import nl.tandem.trajectory.web.TrajectoryForms.AssessmentForm;
import nl.tandem.trajectory.web.TrajectoryForms.IntakeForm;

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
 * The intake and the workplace assessment of a trajectory: long forms that may be saved
 * as drafts. Completing the intake moves the trajectory on to planning.
 */
@Controller
@RequestMapping("/trajectories/{id}")
class IntakeController {

	private static final Map<String, String> INTAKE_FIELDS = Map.of("intake.incomplete", "supportNeeds");

	private final Trajectories trajectories;

	IntakeController(Trajectories trajectories) {
		this.trajectories = trajectories;
	}

	@GetMapping("/intake")
	String intake(@AuthenticationPrincipal TandemUser user, @PathVariable long id, Model model) {
		IntakeView intake = this.trajectories.intake(user.current(), id).orElse(null);
		if (!model.containsAttribute("intakeForm")) {
			model.addAttribute("intakeForm", (intake != null) ? IntakeForm.of(intake.content(), intake.version())
					: IntakeForm.of(IntakeContent.empty(), null));
		}
		model.addAttribute("intake", intake);
		model.addAttribute("trajectory", this.trajectories.details(user.current(), id));
		model.addAttribute("workValues", WorkValue.values());
		return "trajectory/intake";
	}

	@PostMapping("/intake")
	String saveIntake(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute IntakeForm intakeForm, BindingResult errors,
			@RequestParam(required = false) String complete, @RequestParam long trajectoryVersion, Model model,
			RedirectAttributes redirect) {
		boolean completing = complete != null;
		boolean saved = FormErrors.attempt(errors, INTAKE_FIELDS, () -> this.trajectories.saveIntake(user.current(), id,
				intakeForm.version(), intakeForm.content(), completing, trajectoryVersion));
		if (!saved) {
			return intake(user, id, model);
		}
		redirect.addFlashAttribute("saved", completing ? "intake.completed" : "intake.saved");
		return completing ? "redirect:/trajectories/" + id : "redirect:/trajectories/" + id + "/intake";
	}

	@GetMapping("/assessment")
	String assessment(@AuthenticationPrincipal TandemUser user, @PathVariable long id, Model model) {
		AssessmentView assessment = this.trajectories.assessment(user.current(), id).orElse(null);
		if (!model.containsAttribute("assessmentForm")) {
			model.addAttribute("assessmentForm",
					(assessment != null) ? AssessmentForm.of(assessment.content(), assessment.version())
							: AssessmentForm.of(new AssessmentContent(null, null, null, null, null, null, null, null,
									null, LocalDate.now(ZoneId.of("Europe/Amsterdam"))), null));
		}
		model.addAttribute("trajectory", this.trajectories.details(user.current(), id));
		model.addAttribute("matches", WorkplaceAssessmentMatch.values());
		return "trajectory/assessment";
	}

	@PostMapping("/assessment")
	String saveAssessment(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute AssessmentForm assessmentForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, Map.of(), () -> this.trajectories.saveAssessment(user.current(), id,
				assessmentForm.version(), assessmentForm.content()))) {
			return assessment(user, id, model);
		}
		redirect.addFlashAttribute("saved", "assessment.saved");
		return "redirect:/trajectories/" + id;
	}

}
