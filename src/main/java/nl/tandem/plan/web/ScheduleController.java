package nl.tandem.plan.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.TandemUser;
import nl.tandem.plan.IntensityProfile;
import nl.tandem.plan.PlanPage;
import nl.tandem.plan.PlannedHours;
import nl.tandem.plan.Plans;
import nl.tandem.plan.ScheduleView;
import nl.tandem.plan.Schedules;
import nl.tandem.platform.DomainRuleException;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The schedule of planned sessions: generating it from an intensity profile, with a
 * preview of the planned hours against the grant before anything is saved, and moving,
 * adding and removing single sessions.
 */
@Controller
@RequestMapping("/trajectories/{id}/schedule")
class ScheduleController {

	static final String CUSTOM = "CUSTOM";

	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("schedule.profile.empty", "profile"),
			Map.entry("schedule.profile.unreadable", "profile"), Map.entry("schedule.profile.tooManyStages", "profile"),
			Map.entry("schedule.profile.intervalsShrink", "profile"),
			Map.entry("schedule.profile.openStageNotLast", "profile"),
			Map.entry("schedule.profile.noSessions", "profile"), Map.entry("schedule.interval.range", "profile"),
			Map.entry("schedule.weeks.range", "profile"), Map.entry("schedule.minutes.range", "profile"),
			Map.entry("schedule.range.invalid", "endsOn"), Map.entry("schedule.range.tooLong", "endsOn"));

	private final Schedules schedules;

	private final Plans plans;

	ScheduleController(Schedules schedules, Plans plans) {
		this.schedules = schedules;
		this.plans = plans;
	}

	/**
	 * What generating needs: a preset or a profile of one's own, and the period.
	 */
	record ScheduleForm(@NotNull(message = "{schedule.profile.empty}") String preset,
			@Size(max = 200, message = "{field.too.long}") String profile,
			@NotNull(message = "{schedule.range.invalid}") @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
			@NotNull(message = "{schedule.range.invalid}") @DateTimeFormat(iso = ISO.DATE) LocalDate endsOn,
			Long version) {

		IntensityProfile intensity() {
			if (CUSTOM.equals(this.preset)) {
				return IntensityProfile.parse(this.profile);
			}
			try {
				return IntensityProfile.Preset.valueOf(this.preset).profile();
			}
			catch (IllegalArgumentException ex) {
				throw new DomainRuleException("schedule.profile.empty");
			}
		}

	}

	/**
	 * A single session: its day and length.
	 */
	record SessionForm(
			@NotNull(message = "{schedule.session.dateRequired}") @DateTimeFormat(iso = ISO.DATE) LocalDate day,
			@NotNull(message = "{schedule.minutes.range}") Integer minutes, Long version) {
	}

	@GetMapping
	String show(@AuthenticationPrincipal TandemUser user, @PathVariable long id, Model model) {
		ScheduleView schedule = this.schedules.schedule(user.current(), id);
		model.addAttribute("form", defaults(user.current(), id, schedule));
		return page(schedule, null, model);
	}

	@PostMapping("/preview")
	String preview(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") ScheduleForm form, BindingResult errors,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		PlannedHours[] preview = new PlannedHours[1];
		FormErrors.attempt(errors, FIELDS, () -> preview[0] = this.schedules.preview(user.current(), id,
				form.intensity(), form.startsOn(), form.endsOn()));
		ScheduleView schedule = this.schedules.schedule(user.current(), id);
		page(schedule, preview[0], model);
		return (htmx != null) ? "plan/schedule :: generator" : "plan/schedule";
	}

	@PostMapping
	String generate(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") ScheduleForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, FIELDS, () -> this.schedules.generate(user.current(), id,
				FormErrors.version(form.version()), form.intensity(), form.startsOn(), form.endsOn()))) {
			return page(this.schedules.schedule(user.current(), id), null, model);
		}
		redirect.addFlashAttribute("saved", "schedule.saved");
		return "redirect:/trajectories/" + id + "/schedule";
	}

	@PostMapping("/sessions")
	String add(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @Valid SessionForm session,
			BindingResult errors, RedirectAttributes redirect) {
		return act(user.current(), errors, redirect, id, "schedule.saved.added", () -> this.schedules
			.add(user.current(), id, FormErrors.version(session.version()), session.day(), session.minutes()));
	}

	@PostMapping("/sessions/{key}")
	String move(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable UUID key,
			@Valid SessionForm session, BindingResult errors, RedirectAttributes redirect) {
		return act(user.current(), errors, redirect, id, "schedule.saved.session", () -> this.schedules
			.move(user.current(), id, FormErrors.version(session.version()), key, session.day(), session.minutes()));
	}

	@PostMapping("/sessions/{key}/remove")
	String remove(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable UUID key,
			@RequestParam long version, RedirectAttributes redirect) {
		return act(user.current(), null, redirect, id, "schedule.saved.removed",
				() -> this.schedules.remove(user.current(), id, version, key));
	}

	private ScheduleForm defaults(CurrentUser user, long id, ScheduleView schedule) {
		if (schedule.exists()) {
			String preset = java.util.Arrays.stream(IntensityProfile.Preset.values())
				.filter(p -> p.profile().text().equals(schedule.profile()))
				.map(Enum::name)
				.findFirst()
				.orElse(CUSTOM);
			return new ScheduleForm(preset, schedule.profile(), schedule.startsOn(), schedule.endsOn(),
					schedule.version());
		}
		PlanPage page = this.plans.page(user, id, null);
		LocalDate start = (page.plan() != null && page.plan().startsOn() != null) ? page.plan().startsOn()
				: LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		LocalDate end = (page.plan() != null && page.plan().endsOn() != null) ? page.plan().endsOn()
				: start.plusMonths(12);
		return new ScheduleForm(IntensityProfile.Preset.STANDARD.name(),
				IntensityProfile.Preset.STANDARD.profile().text(), start, end, schedule.version());
	}

	private String page(ScheduleView schedule, PlannedHours preview, Model model) {
		model.addAttribute("schedule", schedule);
		model.addAttribute("preview", preview);
		model.addAttribute("presets", IntensityProfile.Preset.values());
		model.addAttribute("charts", true);
		return "plan/schedule";
	}

	private String act(CurrentUser user, BindingResult errors, RedirectAttributes redirect, long id, String saved,
			Runnable action) {
		if (errors != null && errors.hasErrors()) {
			// whoever may not see the schedule learns nothing from the form's mistakes
			this.schedules.schedule(user, id);
			redirect.addFlashAttribute("refused",
					errors.hasFieldErrors("day") ? "schedule.session.dateRequired" : "schedule.minutes.range");
			return "redirect:/trajectories/" + id + "/schedule";
		}
		FormErrors.act(redirect, saved, action);
		return "redirect:/trajectories/" + id + "/schedule";
	}

}
