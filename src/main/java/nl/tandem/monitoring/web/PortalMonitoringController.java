package nl.tandem.monitoring.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.TandemUser;
import nl.tandem.monitoring.AllianceItem;
import nl.tandem.monitoring.BalanceItem;
import nl.tandem.monitoring.CheckInOverview.DueCheckIn;
import nl.tandem.monitoring.CheckIns;
import nl.tandem.monitoring.EarlyWarningPlanPage;
import nl.tandem.monitoring.EarlyWarningPlans;
import nl.tandem.monitoring.WorkValueMoment;
import nl.tandem.monitoring.Zone;
import nl.tandem.monitoring.ZoneRecordView;
import nl.tandem.monitoring.Zones;
import nl.tandem.monitoring.web.CheckInForms.AllianceForm;
import nl.tandem.monitoring.web.CheckInForms.BalanceForm;
import nl.tandem.platform.FormErrors;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participant's own monitoring in the portal: the early-warning plan in force with a
 * way to record the zone they are in now, and the balance and load check-in, the
 * work-values check-in and the working-alliance questionnaire to fill in themselves. The
 * same services, rules and messages as the coach's pages; always on the participant's own
 * trajectory.
 */
@Controller
@RequestMapping("/portal")
class PortalMonitoringController {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private static final Map<String, String> CHECK_IN_FIELDS = Map.of("checkins.date.invalid", "takenOn",
			"checkins.remark.tooLong", "remark");

	private static final Map<String, String> ZONE_FIELDS = Map.of("zone.required", "zone", "zone.yellow.notInPlan",
			"zone", "zone.remark.tooLong", "remark");

	private final Trajectories trajectories;

	private final EarlyWarningPlans plans;

	private final Zones zones;

	private final CheckIns checkIns;

	PortalMonitoringController(Trajectories trajectories, EarlyWarningPlans plans, Zones zones, CheckIns checkIns) {
		this.trajectories = trajectories;
		this.plans = plans;
		this.zones = zones;
		this.checkIns = checkIns;
	}

	// the early-warning plan and the zone

	@GetMapping("/warning")
	String warning(@AuthenticationPrincipal TandemUser user, Model model) {
		TrajectoryFrame frame = own(user.current());
		model.addAttribute("zoneForm", new ZoneForm(null, ""));
		return warningPage(user.current(), frame, model);
	}

	@PostMapping("/zone")
	String recordZone(@AuthenticationPrincipal TandemUser user, @Valid @ModelAttribute("zoneForm") ZoneForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		TrajectoryFrame frame = own(user.current());
		if (!FormErrors.attempt(errors, ZONE_FIELDS,
				() -> this.zones.recordOwn(user.current(), frame.id(), form.zone(), form.remark()))) {
			return warningPage(user.current(), frame, model);
		}
		redirect.addFlashAttribute("saved", form.zone().isRaised() ? "portal.zone.savedRaised" : "portal.zone.saved");
		return "redirect:/portal/warning";
	}

	private String warningPage(CurrentUser user, TrajectoryFrame frame, Model model) {
		EarlyWarningPlanPage page = this.plans.own(user, frame.id());
		List<ZoneRecordView> history = this.zones.ownHistory(user, frame.id());
		model.addAttribute("trajectory", frame);
		model.addAttribute("page", page);
		model.addAttribute("history", history);
		model.addAttribute("current", history.isEmpty() ? null : history.get(0));
		model.addAttribute("zoneChoices", Zone.inPlan(page.plan() != null && page.plan().usesYellow()));
		return "portal/participant/warning";
	}

	/**
	 * The zone the participant is in now, and what they want to say about it.
	 */
	record ZoneForm(@NotNull(message = "{zone.required}") Zone zone,
			@Size(max = 2000, message = "{zone.remark.tooLong}") String remark) {
	}

	// balance and load

	@GetMapping("/checkins/balance")
	String balance(@AuthenticationPrincipal TandemUser user, Model model) {
		TrajectoryFrame frame = own(user.current());
		model.addAttribute("form", BalanceForm.blank(today()));
		return balancePage(frame, model);
	}

	@PostMapping("/checkins/balance")
	String recordBalance(@AuthenticationPrincipal TandemUser user, @Valid @ModelAttribute("form") BalanceForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		TrajectoryFrame frame = own(user.current());
		if (!FormErrors.attempt(errors, CHECK_IN_FIELDS,
				() -> this.checkIns.recordOwnBalance(user.current(), frame.id(), form.toCheckIn()))) {
			return balancePage(frame, model);
		}
		redirect.addFlashAttribute("saved", "portal.checkins.saved");
		return "redirect:/portal";
	}

	private static String balancePage(TrajectoryFrame frame, Model model) {
		model.addAttribute("trajectory", frame);
		model.addAttribute("items", BalanceItem.values());
		return "portal/participant/balance";
	}

	// the working alliance

	@GetMapping("/checkins/alliance")
	String alliance(@AuthenticationPrincipal TandemUser user, Model model) {
		TrajectoryFrame frame = own(user.current());
		model.addAttribute("form", AllianceForm.blank(today()));
		return alliancePage(frame, model);
	}

	@PostMapping("/checkins/alliance")
	String recordAlliance(@AuthenticationPrincipal TandemUser user, @Valid @ModelAttribute("form") AllianceForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		TrajectoryFrame frame = own(user.current());
		if (!FormErrors.attempt(errors, CHECK_IN_FIELDS,
				() -> this.checkIns.recordOwnAlliance(user.current(), frame.id(), form.toCheckIn()))) {
			return alliancePage(frame, model);
		}
		redirect.addFlashAttribute("saved", "portal.checkins.saved");
		return "redirect:/portal";
	}

	private static String alliancePage(TrajectoryFrame frame, Model model) {
		model.addAttribute("trajectory", frame);
		model.addAttribute("items", AllianceItem.values());
		model.addAttribute("fields", AllianceCheckInController.FORM_FIELDS);
		return "portal/participant/alliance";
	}

	// work values

	@GetMapping("/checkins/work-values")
	String workValues(@AuthenticationPrincipal TandemUser user, Model model) {
		TrajectoryFrame frame = own(user.current());
		model.addAttribute("form", WorkValueCheckInForm.blank(moment(user.current(), frame), today()));
		return workValuesPage(frame, model);
	}

	@PostMapping("/checkins/work-values")
	String recordWorkValues(@AuthenticationPrincipal TandemUser user,
			@Valid @ModelAttribute("form") WorkValueCheckInForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		TrajectoryFrame frame = own(user.current());
		if (!FormErrors.attempt(errors, CHECK_IN_FIELDS,
				() -> this.checkIns.recordOwnWorkValues(user.current(), frame.id(), form.toCheckIn()))) {
			return workValuesPage(frame, model);
		}
		redirect.addFlashAttribute("saved", "portal.checkins.saved");
		return "redirect:/portal";
	}

	private static String workValuesPage(TrajectoryFrame frame, Model model) {
		model.addAttribute("trajectory", frame);
		return "portal/participant/work-values";
	}

	/**
	 * The moment a work-values check-in of the participant counts for: the one that is
	 * due, or else "in between".
	 */
	private WorkValueMoment moment(CurrentUser user, TrajectoryFrame frame) {
		return this.checkIns.ownDue(user, frame.id()).stream().map(DueCheckIn::kind).map(kind -> switch (kind) {
			case WORK_VALUES_INTAKE -> WorkValueMoment.INTAKE;
			case WORK_VALUES_PERIOD_END -> WorkValueMoment.PERIOD_END;
			case WORK_VALUES_EVALUATION -> WorkValueMoment.EVALUATION;
			case ALLIANCE -> null;
		}).filter(java.util.Objects::nonNull).findFirst().orElse(WorkValueMoment.OTHER);
	}

	private TrajectoryFrame own(CurrentUser user) {
		return this.trajectories.ownFrame(user)
			.orElseThrow(() -> new NotFoundException("own trajectory", user.accountId()));
	}

	private static LocalDate today() {
		return LocalDate.now(ZONE);
	}

}
