package nl.tandem.monitoring.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import nl.tandem.identity.TandemUser;
import nl.tandem.monitoring.CapabilitySet;
import nl.tandem.monitoring.CheckIns;
import nl.tandem.monitoring.WorkValueCheckInView;
import nl.tandem.monitoring.WorkValueMoment;
import nl.tandem.platform.FormErrors;
import nl.tandem.platform.NotFoundException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work-values check-ins of a trajectory: their history as radar charts and tables,
 * the questionnaire, and its correction. For the trajectory's coach only.
 */
@Controller
@RequestMapping("/trajectories/{id}/checkins/work-values")
class WorkValueCheckInController {

	static final Map<String, String> FIELDS = Map.of("checkins.date.invalid", "takenOn", "checkins.moment.required",
			"moment", "checkins.remark.tooLong", "remark");

	private final CheckIns checkIns;

	private final CheckInCharts charts;

	WorkValueCheckInController(CheckIns checkIns, CheckInCharts charts) {
		this.checkIns = checkIns;
		this.charts = charts;
	}

	/**
	 * The history: the chosen check-in (the latest unless {@code at} names another) as a
	 * radar with its capability set and discrepancies, compared with the one before it,
	 * and every check-in in a table.
	 */
	@GetMapping
	String history(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@RequestParam(required = false) Long at, Model model) {
		TrajectoryFrame frame = this.checkIns.frame(user.current(), id);
		List<WorkValueCheckInView> all = this.checkIns.workValues(user.current(), frame);
		model.addAttribute("trajectory", frame);
		model.addAttribute("checkIns", all);
		model.addAttribute("mayRecord", !frame.isClosed());
		model.addAttribute("charts", true);
		if (all.isEmpty()) {
			return "monitoring/checkins/work-values";
		}
		int index = 0;
		if (at != null) {
			index = indexOf(all, at);
		}
		WorkValueCheckInView shown = all.get(index);
		model.addAttribute("shown", shown);
		model.addAttribute("radar", this.charts.radar(shown));
		if (index + 1 < all.size()) {
			WorkValueCheckInView earlier = all.get(index + 1);
			model.addAttribute("earlier", earlier);
			model.addAttribute("dropped", CapabilitySet.droppedOut(earlier.answers(), shown.answers()));
			model.addAttribute("earlierSet", earlier.capabilitySet());
			model.addAttribute("compare", this.charts.compare(earlier, shown));
		}
		return "monitoring/checkins/work-values";
	}

	private static int indexOf(List<WorkValueCheckInView> all, long checkInId) {
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).id() == checkInId) {
				return i;
			}
		}
		throw new NotFoundException("work-values check-in", checkInId);
	}

	@GetMapping("/new")
	String newCheckIn(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@RequestParam(required = false) WorkValueMoment moment, Model model) {
		TrajectoryFrame frame = this.checkIns.frame(user.current(), id);
		model.addAttribute("form", WorkValueCheckInForm.blank(moment, LocalDate.now(ZoneId.of("Europe/Amsterdam"))));
		return formPage(frame, null, model);
	}

	@PostMapping
	String record(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") WorkValueCheckInForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		long[] created = new long[1];
		if (!FormErrors.attempt(errors, FIELDS,
				() -> created[0] = this.checkIns.recordWorkValues(user.current(), id, form.toCheckIn()))) {
			return formPage(this.checkIns.frame(user.current(), id), null, model);
		}
		redirect.addFlashAttribute("saved", "checkins.workValues.saved");
		return "redirect:/trajectories/" + id + "/checkins/work-values?at=" + created[0];
	}

	@GetMapping("/{checkIn}/edit")
	String edit(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable long checkIn,
			Model model) {
		TrajectoryFrame frame = this.checkIns.frame(user.current(), id);
		model.addAttribute("form",
				WorkValueCheckInForm.of(this.checkIns.workValueCheckIn(user.current(), frame, checkIn)));
		return formPage(frame, checkIn, model);
	}

	@PostMapping("/{checkIn}")
	String correct(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable long checkIn,
			@Valid @ModelAttribute("form") WorkValueCheckInForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, FIELDS, () -> this.checkIns.correctWorkValues(user.current(), id, checkIn,
				FormErrors.version(form.getVersion()), form.toCheckIn()))) {
			return formPage(this.checkIns.frame(user.current(), id), checkIn, model);
		}
		redirect.addFlashAttribute("saved", "checkins.workValues.corrected");
		return "redirect:/trajectories/" + id + "/checkins/work-values?at=" + checkIn;
	}

	private static String formPage(TrajectoryFrame frame, Long checkIn, Model model) {
		model.addAttribute("trajectory", frame);
		model.addAttribute("checkIn", checkIn);
		model.addAttribute("moments", WorkValueMoment.values());
		return "monitoring/checkins/work-values-form";
	}

}
