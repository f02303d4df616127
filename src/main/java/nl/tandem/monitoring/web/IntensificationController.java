package nl.tandem.monitoring.web;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;

import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.TandemUser;
import nl.tandem.monitoring.IntensificationPlan;
import nl.tandem.monitoring.IntensificationProposal;
import nl.tandem.monitoring.Intensifications;
import nl.tandem.monitoring.web.WarningForms.AcceptForm;
import nl.tandem.monitoring.web.WarningForms.DeclineForm;
import nl.tandem.platform.FormErrors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
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
 * Deciding on a proposed intensification: the page shows the extra sessions and their
 * effect on the hours against the grant, recalculated for adapted figures before the
 * coach decides; the coach accepts (as proposed or adapted) or declines with a reason.
 */
@Controller
@RequestMapping("/trajectories/{id}/intensifications/{proposal}")
class IntensificationController {

	private static final Map<String, String> ACCEPT_FIELDS = Map.of("intensification.weeks.range", "weeks",
			"intensification.sessionsPerWeek.range", "sessionsPerWeek", "intensification.minutes.range", "minutes",
			"intensification.startsOn.invalid", "startsOn");

	private final Intensifications intensifications;

	IntensificationController(Intensifications intensifications) {
		this.intensifications = intensifications;
	}

	/**
	 * The proposal, or with {@code weeks}, {@code sessionsPerWeek}, {@code minutes} and
	 * {@code startsOn} the effect of deciding it that way.
	 */
	@GetMapping
	String show(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable long proposal,
			@RequestParam(required = false) Integer weeks, @RequestParam(required = false) Integer sessionsPerWeek,
			@RequestParam(required = false) Integer minutes,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn, Model model) {
		IntensificationPlan chosen = (weeks != null && sessionsPerWeek != null && minutes != null)
				? new IntensificationPlan(weeks, sessionsPerWeek, minutes) : null;
		IntensificationProposal shown = preview(user.current(), id, proposal, chosen, startsOn);
		model.addAttribute("form", AcceptForm.of(shown.shown(), shown.startsOn(), shown.proposal().version()));
		model.addAttribute("declineForm", new DeclineForm("", shown.proposal().version()));
		return page(shown, model);
	}

	/**
	 * Accepts the proposal with the figures of the form; with {@code recalculate} it only
	 * shows what those figures would do, so the coach sees the effect first.
	 */
	@PostMapping("/accept")
	String accept(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable long proposal,
			@Valid @ModelAttribute("form") AcceptForm form, BindingResult errors,
			@RequestParam(required = false) String recalculate, Model model, RedirectAttributes redirect) {
		if (recalculate != null) {
			model.addAttribute("declineForm", new DeclineForm("", form.version()));
			boolean complete = form.weeks() != null && form.sessionsPerWeek() != null && form.minutes() != null;
			return page(preview(user.current(), id, proposal, complete ? form.plan() : null, form.startsOn()), model);
		}
		if (!FormErrors.attempt(errors, ACCEPT_FIELDS, () -> this.intensifications.accept(user.current(), id, proposal,
				FormErrors.version(form.version()), form.plan(), form.startsOn()))) {
			model.addAttribute("declineForm", new DeclineForm("", form.version()));
			return page(preview(user.current(), id, proposal, null, null), model);
		}
		redirect.addFlashAttribute("saved", "intensification.saved.accepted");
		return "redirect:/trajectories/" + id;
	}

	@PostMapping("/decline")
	String decline(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable long proposal,
			@Valid @ModelAttribute("declineForm") DeclineForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, Map.of("intensification.reason.required", "reason", "field.too.long", "reason"),
				() -> this.intensifications.decline(user.current(), id, proposal, FormErrors.version(form.version()),
						form.reason()))) {
			IntensificationProposal shown = preview(user.current(), id, proposal, null, null);
			model.addAttribute("form", AcceptForm.of(shown.shown(), shown.startsOn(), shown.proposal().version()));
			return page(shown, model);
		}
		redirect.addFlashAttribute("saved", "intensification.saved.declined");
		return "redirect:/trajectories/" + id;
	}

	/**
	 * The proposal with the effect of the figures asked for; figures out of bounds show
	 * the proposed ones instead, since the form says what is wrong with them.
	 */
	private IntensificationProposal preview(CurrentUser user, long id, long proposal, IntensificationPlan chosen,
			LocalDate startsOn) {
		IntensificationPlan valid = (chosen != null && inBounds(chosen)) ? chosen : null;
		return this.intensifications.proposal(user, id, proposal, valid, startsOn);
	}

	private static boolean inBounds(IntensificationPlan plan) {
		return plan.weeks() >= 1 && plan.weeks() <= IntensificationPlan.MAX_WEEKS && plan.sessionsPerWeek() >= 1
				&& plan.sessionsPerWeek() <= IntensificationPlan.MAX_SESSIONS_PER_WEEK
				&& plan.minutes() >= IntensificationPlan.MIN_MINUTES
				&& plan.minutes() <= IntensificationPlan.MAX_MINUTES;
	}

	private String page(IntensificationProposal proposal, Model model) {
		model.addAttribute("page", proposal);
		return "monitoring/warning/intensification";
	}

}
