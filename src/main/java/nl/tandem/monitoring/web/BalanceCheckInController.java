package nl.tandem.monitoring.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import nl.tandem.identity.TandemUser;
import nl.tandem.monitoring.BalanceCheckInView;
import nl.tandem.monitoring.BalanceItem;
import nl.tandem.monitoring.BalanceStability;
import nl.tandem.monitoring.CheckIns;
import nl.tandem.monitoring.web.CheckInForms.BalanceForm;
import nl.tandem.platform.FormErrors;
import nl.tandem.trajectory.TrajectoryFrame;

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
 * The balance and load check-ins of a trajectory: the trend as a line chart and a table,
 * the short questionnaire (usually right after a session) and its correction. For the
 * trajectory's coach only.
 */
@Controller
@RequestMapping("/trajectories/{id}/checkins/balance")
class BalanceCheckInController {

	private static final Map<String, String> FIELDS = Map.of("checkins.date.invalid", "takenOn",
			"checkins.remark.tooLong", "remark");

	private final CheckIns checkIns;

	private final CheckInCharts charts;

	BalanceCheckInController(CheckIns checkIns, CheckInCharts charts) {
		this.checkIns = checkIns;
		this.charts = charts;
	}

	@GetMapping
	String history(@AuthenticationPrincipal TandemUser user, @PathVariable long id, Model model) {
		TrajectoryFrame frame = this.checkIns.frame(user.current(), id);
		List<BalanceCheckInView> all = this.checkIns.balance(user.current(), frame);
		model.addAttribute("trajectory", frame);
		model.addAttribute("checkIns", all);
		model.addAttribute("mayRecord", !frame.isClosed());
		model.addAttribute("items", BalanceItem.values());
		model.addAttribute("charts", true);
		if (!all.isEmpty()) {
			List<BalanceCheckInView> oldestFirst = new java.util.ArrayList<>(all);
			java.util.Collections.reverse(oldestFirst);
			model.addAttribute("trend", this.charts.balance(oldestFirst));
			model.addAttribute("concerns",
					BalanceStability.concerns(all.get(0).scores(), (all.size() > 1) ? all.get(1).scores() : null));
		}
		return "monitoring/checkins/balance";
	}

	/**
	 * The questionnaire; {@code on} is the day of the session it follows.
	 */
	@GetMapping("/new")
	String newCheckIn(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on, Model model) {
		TrajectoryFrame frame = this.checkIns.frame(user.current(), id);
		model.addAttribute("form", BalanceForm.blank((on != null) ? on : LocalDate.now(ZoneId.of("Europe/Amsterdam"))));
		return formPage(frame, null, model);
	}

	@PostMapping
	String record(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") BalanceForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, FIELDS,
				() -> this.checkIns.recordBalance(user.current(), id, form.toCheckIn()))) {
			return formPage(this.checkIns.frame(user.current(), id), null, model);
		}
		redirect.addFlashAttribute("saved", "checkins.balance.saved");
		return "redirect:/trajectories/" + id + "/checkins/balance";
	}

	@GetMapping("/{checkIn}/edit")
	String edit(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable long checkIn,
			Model model) {
		TrajectoryFrame frame = this.checkIns.frame(user.current(), id);
		model.addAttribute("form", BalanceForm.of(this.checkIns.balanceCheckIn(user.current(), frame, checkIn)));
		return formPage(frame, checkIn, model);
	}

	@PostMapping("/{checkIn}")
	String correct(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable long checkIn,
			@Valid @ModelAttribute("form") BalanceForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, FIELDS, () -> this.checkIns.correctBalance(user.current(), id, checkIn,
				FormErrors.version(form.version()), form.toCheckIn()))) {
			return formPage(this.checkIns.frame(user.current(), id), checkIn, model);
		}
		redirect.addFlashAttribute("saved", "checkins.balance.corrected");
		return "redirect:/trajectories/" + id + "/checkins/balance";
	}

	private static String formPage(TrajectoryFrame frame, Long checkIn, Model model) {
		model.addAttribute("trajectory", frame);
		model.addAttribute("checkIn", checkIn);
		model.addAttribute("items", BalanceItem.values());
		return "monitoring/checkins/balance-form";
	}

}
