package nl.tandem.monitoring.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import nl.tandem.identity.TandemUser;
import nl.tandem.monitoring.AllianceCheckInView;
import nl.tandem.monitoring.AllianceItem;
import nl.tandem.monitoring.AllianceRules;
import nl.tandem.monitoring.CheckIns;
import nl.tandem.monitoring.web.CheckInForms.AllianceForm;
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
 * The working-alliance questionnaires of a trajectory ("the click"): the scores over
 * time, when the next one is due, the questionnaire and its correction. For the
 * trajectory's coach only.
 */
@Controller
@RequestMapping("/trajectories/{id}/checkins/alliance")
class AllianceCheckInController {

	private static final Map<String, String> FIELDS = Map.of("checkins.date.invalid", "takenOn",
			"checkins.remark.tooLong", "remark");

	/**
	 * The form field of each statement: {@code GOALS_SHARED} is {@code goalsShared}.
	 */
	static final Map<AllianceItem, String> FORM_FIELDS = formFields();

	private final CheckIns checkIns;

	private final CheckInCharts charts;

	AllianceCheckInController(CheckIns checkIns, CheckInCharts charts) {
		this.checkIns = checkIns;
		this.charts = charts;
	}

	@GetMapping
	String history(@AuthenticationPrincipal TandemUser user, @PathVariable long id, Model model) {
		TrajectoryFrame frame = this.checkIns.frame(user.current(), id);
		List<AllianceCheckInView> all = this.checkIns.alliance(user.current(), frame);
		model.addAttribute("trajectory", frame);
		model.addAttribute("checkIns", all);
		model.addAttribute("mayRecord", !frame.isClosed());
		model.addAttribute("parts", AllianceItem.Part.values());
		model.addAttribute("dueSince", this.checkIns.allianceDue(user.current(), frame));
		model.addAttribute("charts", true);
		if (!all.isEmpty()) {
			List<AllianceCheckInView> oldestFirst = new java.util.ArrayList<>(all);
			java.util.Collections.reverse(oldestFirst);
			model.addAttribute("trend", this.charts.alliance(oldestFirst));
			model.addAttribute("falling",
					AllianceRules.falling(all.get(0).answers(), (all.size() > 1) ? all.get(1).answers() : null));
		}
		return "monitoring/checkins/alliance";
	}

	@GetMapping("/new")
	String newCheckIn(@AuthenticationPrincipal TandemUser user, @PathVariable long id, Model model) {
		TrajectoryFrame frame = this.checkIns.frame(user.current(), id);
		model.addAttribute("form", AllianceForm.blank(LocalDate.now(ZoneId.of("Europe/Amsterdam"))));
		return formPage(frame, null, model);
	}

	@PostMapping
	String record(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") AllianceForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, FIELDS,
				() -> this.checkIns.recordAlliance(user.current(), id, form.toCheckIn()))) {
			return formPage(this.checkIns.frame(user.current(), id), null, model);
		}
		redirect.addFlashAttribute("saved", "checkins.alliance.saved");
		return "redirect:/trajectories/" + id + "/checkins/alliance";
	}

	@GetMapping("/{checkIn}/edit")
	String edit(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable long checkIn,
			Model model) {
		TrajectoryFrame frame = this.checkIns.frame(user.current(), id);
		model.addAttribute("form", AllianceForm.of(this.checkIns.allianceCheckIn(user.current(), frame, checkIn)));
		return formPage(frame, checkIn, model);
	}

	@PostMapping("/{checkIn}")
	String correct(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable long checkIn,
			@Valid @ModelAttribute("form") AllianceForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, FIELDS, () -> this.checkIns.correctAlliance(user.current(), id, checkIn,
				FormErrors.version(form.version()), form.toCheckIn()))) {
			return formPage(this.checkIns.frame(user.current(), id), checkIn, model);
		}
		redirect.addFlashAttribute("saved", "checkins.alliance.corrected");
		return "redirect:/trajectories/" + id + "/checkins/alliance";
	}

	private static String formPage(TrajectoryFrame frame, Long checkIn, Model model) {
		model.addAttribute("trajectory", frame);
		model.addAttribute("checkIn", checkIn);
		model.addAttribute("items", AllianceItem.values());
		model.addAttribute("fields", FORM_FIELDS);
		return "monitoring/checkins/alliance-form";
	}

	private static Map<AllianceItem, String> formFields() {
		Map<AllianceItem, String> fields = new java.util.EnumMap<>(AllianceItem.class);
		for (AllianceItem item : AllianceItem.values()) {
			String[] words = item.name().toLowerCase(java.util.Locale.ROOT).split("_");
			fields.put(item, words[0] + Character.toUpperCase(words[1].charAt(0)) + words[1].substring(1));
		}
		return fields;
	}

}
