package nl.tandem.monitoring.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.TandemUser;
import nl.tandem.monitoring.EarlyWarningPlanPage;
import nl.tandem.monitoring.EarlyWarningPlans;
import nl.tandem.monitoring.Intensifications;
import nl.tandem.monitoring.Zone;
import nl.tandem.monitoring.ZoneContent;
import nl.tandem.monitoring.ZoneRecordView;
import nl.tandem.monitoring.Zones;
import nl.tandem.monitoring.web.WarningForms.AgreeForm;
import nl.tandem.monitoring.web.WarningForms.ZoneContentForm;
import nl.tandem.monitoring.web.WarningForms.ZoneForm;
import nl.tandem.platform.FormErrors;
import nl.tandem.platform.NotFoundException;

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
 * The early-warning page of a trajectory (the plan with its versions, the zones over time
 * and the proposed intensifications) and the forms that write a draft, agree it and
 * record a zone. Only the assigned coach gets these pages; for anybody else they do not
 * exist.
 */
@Controller
@RequestMapping("/trajectories/{id}/warning")
class EarlyWarningController {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private static final Map<String, String> ZONE_FIELDS = Map.of("zone.required", "zone", "zone.date.invalid",
			"recordedOn", "zone.remark.tooLong", "remark", "zone.yellow.notInPlan", "zone");

	private final EarlyWarningPlans plans;

	private final Zones zones;

	private final Intensifications intensifications;

	EarlyWarningController(EarlyWarningPlans plans, Zones zones, Intensifications intensifications) {
		this.plans = plans;
		this.zones = zones;
		this.intensifications = intensifications;
	}

	@GetMapping
	String show(@AuthenticationPrincipal TandemUser user, @PathVariable long id, Model model) {
		return page(user.current(), id, null, model);
	}

	@GetMapping("/versions/{number}")
	String version(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			Model model) {
		return page(user.current(), id, number, model);
	}

	@PostMapping("/start")
	String start(@AuthenticationPrincipal TandemUser user, @PathVariable long id, RedirectAttributes redirect) {
		FormErrors.act(redirect, "warning.saved.started", () -> this.plans.startDraft(user.current(), id));
		return back(id);
	}

	@PostMapping("/{number}/yellow")
	String yellow(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			@RequestParam long version, @RequestParam boolean yellow, RedirectAttributes redirect) {
		FormErrors.act(redirect, yellow ? "warning.saved.yellowOn" : "warning.saved.yellowOff",
				() -> this.plans.useYellow(user.current(), id, number, version, yellow));
		return back(id);
	}

	@GetMapping("/{number}/zones/{zone}")
	String zoneForm(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			@PathVariable Zone zone, Model model) {
		EarlyWarningPlanPage page = draft(user.current(), id, number);
		ZoneContent content = page.plan()
			.zones()
			.stream()
			.filter(z -> z.zone() == zone)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("zone", zone));
		model.addAttribute("form", ZoneContentForm.of(content, page.plan().version()));
		return zonePage(page, zone, model);
	}

	@PostMapping("/{number}/zones/{zone}")
	String describeZone(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			@PathVariable Zone zone, @Valid @ModelAttribute("form") ZoneContentForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, Map.of(), () -> this.plans.describeZone(user.current(), id, number,
				FormErrors.version(form.version()), zone, form.content(zone)))) {
			return zonePage(draft(user.current(), id, number), zone, model);
		}
		redirect.addFlashAttribute("saved", "warning.saved.zone");
		return back(id);
	}

	@GetMapping("/{number}/agree")
	String agreeForm(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			Model model) {
		EarlyWarningPlanPage page = draft(user.current(), id, number);
		model.addAttribute("form", new AgreeForm(LocalDate.now(ZONE), page.plan().version()));
		return agreePage(page, model);
	}

	@PostMapping("/{number}/agree")
	String agree(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			@Valid @ModelAttribute("form") AgreeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, Map.of("warning.agreedOn.invalid", "agreedOn"), () -> this.plans
			.agree(user.current(), id, number, FormErrors.version(form.version()), form.agreedOn()))) {
			return agreePage(draft(user.current(), id, number), model);
		}
		redirect.addFlashAttribute("saved", "warning.saved.agreed");
		return back(id);
	}

	@GetMapping("/zones/new")
	String zoneRecordForm(@AuthenticationPrincipal TandemUser user, @PathVariable long id, Model model) {
		model.addAttribute("form", new ZoneForm(null, LocalDate.now(ZONE), ""));
		return recordPage(user.current(), id, model);
	}

	@PostMapping("/zones")
	String recordZone(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") ZoneForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		boolean[] proposed = new boolean[1];
		if (!FormErrors.attempt(errors, ZONE_FIELDS, () -> proposed[0] = this.zones.record(user.current(), id,
				form.zone(), form.recordedOn(), form.remark()))) {
			return recordPage(user.current(), id, model);
		}
		redirect.addFlashAttribute("saved", proposed[0] ? "zone.saved.proposed" : "zone.saved");
		return "redirect:/trajectories/" + id;
	}

	private String page(CurrentUser user, long id, Integer number, Model model) {
		EarlyWarningPlanPage page = this.plans.page(user, id, number);
		List<ZoneRecordView> history = this.zones.history(user, page.trajectory());
		model.addAttribute("page", page);
		model.addAttribute("history", history);
		model.addAttribute("timeline", this.zones.timeline(history));
		model.addAttribute("proposals", this.intensifications.ofTrajectory(page.trajectory()));
		return "monitoring/warning/plan";
	}

	private EarlyWarningPlanPage draft(CurrentUser user, long id, int number) {
		EarlyWarningPlanPage page = this.plans.page(user, id, number);
		if (!page.mayEdit()) {
			throw new NotFoundException("early-warning plan draft", number);
		}
		return page;
	}

	private String zonePage(EarlyWarningPlanPage page, Zone zone, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("zone", zone);
		return "monitoring/warning/zone";
	}

	private String agreePage(EarlyWarningPlanPage page, Model model) {
		model.addAttribute("page", page);
		return "monitoring/warning/agree";
	}

	private String recordPage(CurrentUser user, long id, Model model) {
		EarlyWarningPlanPage page = this.plans.page(user, id, null);
		model.addAttribute("page", page);
		model.addAttribute("zones", Zone.inPlan(page.plan() != null && page.plan().usesYellow()));
		return "monitoring/warning/record";
	}

	private static String back(long id) {
		return "redirect:/trajectories/" + id + "/warning";
	}

}
