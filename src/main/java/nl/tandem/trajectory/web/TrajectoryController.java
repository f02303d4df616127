package nl.tandem.trajectory.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.TandemUser;
import nl.tandem.platform.FormErrors;
import nl.tandem.trajectory.ContextEventKind;
import nl.tandem.trajectory.ContractType;
import nl.tandem.trajectory.EndReason;
import nl.tandem.trajectory.Funder;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryDetails;
import nl.tandem.trajectory.TrajectorySection;
import nl.tandem.trajectory.web.TrajectoryForms.AssignForm;
import nl.tandem.trajectory.web.TrajectoryForms.CloseForm;
import nl.tandem.trajectory.web.TrajectoryForms.EventForm;
import nl.tandem.trajectory.web.TrajectoryForms.GrantForm;
import nl.tandem.trajectory.web.TrajectoryForms.PauseForm;
import nl.tandem.trajectory.web.TrajectoryForms.PlacementForm;
import nl.tandem.trajectory.web.TrajectoryForms.ReactivateForm;

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
 * The trajectory page and the steps taken from it. Steps without input are buttons on the
 * page; a refused step comes back to the page with the reason. Steps with input have a
 * small form page of their own, where the reasons appear next to the fields.
 */
@Controller
@RequestMapping("/trajectories/{id}")
class TrajectoryController {

	private final Trajectories trajectories;

	private final PlacementOptions placementOptions;

	private final List<TrajectorySection> sections;

	TrajectoryController(Trajectories trajectories, PlacementOptions placementOptions,
			List<TrajectorySection> sections) {
		this.trajectories = trajectories;
		this.placementOptions = placementOptions;
		this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(TrajectorySection::order)).toList();
	}

	@GetMapping
	String show(@AuthenticationPrincipal TandemUser user, @PathVariable long id, Model model) {
		TrajectoryDetails trajectory = this.trajectories.details(user.current(), id);
		model.addAttribute("trajectory", trajectory);
		model.addAttribute("charts", true);
		model.addAttribute("sections",
				this.sections.stream()
					.flatMap(section -> section.model(user.current(), trajectory)
						.map(data -> new ShownSection(section.fragment(), data))
						.stream())
					.toList());
		return "trajectory/show";
	}

	/**
	 * A section of another module as the page shows it.
	 */
	public record ShownSection(String fragment, Map<String, Object> data) {
	}

	/**
	 * The steps without input, by the last part of their URL: what they do and what the
	 * user is told.
	 */
	private final Map<String, Step> steps = Map.of("start-intake",
			new Step(Trajectories::startIntake, "trajectory.step.INTAKE"), "activate",
			new Step(Trajectories::activate, "trajectory.step.ACTIVE"), "resume",
			new Step(Trajectories::resume, "trajectory.step.resumed"), "phase-out",
			new Step(Trajectories::phaseOut, "trajectory.step.PHASING_OUT"), "evaluate",
			new Step(Trajectories::startEvaluation, "trajectory.step.EVALUATION"));

	@PostMapping("/{step:start-intake|activate|resume|phase-out|evaluate}")
	String step(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable String step,
			@RequestParam long version, RedirectAttributes redirect) {
		Step chosen = this.steps.get(step);
		return take(redirect, id, chosen.done(),
				() -> chosen.action().take(this.trajectories, user.current(), id, version));
	}

	@GetMapping("/{action:pause|close|reactivate|coach|placement|grant|event}")
	String form(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable String action,
			Model model) {
		TrajectoryDetails trajectory = this.trajectories.details(user.current(), id);
		Long version = trajectory.version();
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
		switch (action) {
			case "pause" -> model.addAttribute("form", new PauseForm("", today.plusWeeks(4), version));
			case "close" -> model.addAttribute("form", new CloseForm(null, "", version));
			case "reactivate" -> model.addAttribute("form", new ReactivateForm(""));
			case "coach" -> model.addAttribute("form", new AssignForm(trajectory.coachId(), "", version));
			case "placement" -> model.addAttribute("form",
					new PlacementForm(null, null, null, "", null, ContractType.FIXED_TERM, today, null, null, version));
			case "grant" -> model.addAttribute("form", grantForm(trajectory, today));
			case "event" -> model.addAttribute("form", new EventForm(null, today, "", version));
			default -> throw new IllegalStateException(action);
		}
		return formPage(user.current(), trajectory, action, model);
	}

	@PostMapping("/pause")
	String pause(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") PauseForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return submit(user, id, "pause", errors, model, redirect,
				Map.of("trajectory.guard.resumeDateInPast", "expectedResume", "trajectory.guard.reasonRequired",
						"reason"),
				() -> this.trajectories.pause(user.current(), id, FormErrors.version(form.version()), form.reason(),
						form.expectedResume()));
	}

	@PostMapping("/close")
	String close(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") CloseForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return submit(user, id, "close", errors, model, redirect,
				Map.of("trajectory.guard.goalsReachedNeedsEvaluation", "endReason",
						"trajectory.guard.goalsReachedNeedsCompletedEvaluation", "endReason",
						"trajectory.guard.reasonRequired", "note"),
				() -> this.trajectories.close(user.current(), id, FormErrors.version(form.version()), form.endReason(),
						form.note()));
	}

	@PostMapping("/reactivate")
	String reactivate(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") ReactivateForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		long[] created = new long[1];
		if (!FormErrors.attempt(errors, Map.of("trajectory.guard.reasonRequired", "reason"),
				() -> created[0] = this.trajectories.reactivate(user.current(), id, form.reason()))) {
			return formPage(user.current(), this.trajectories.details(user.current(), id), "reactivate", model);
		}
		redirect.addFlashAttribute("saved", "trajectory.step.reactivated");
		return "redirect:/trajectories/" + created[0];
	}

	@PostMapping("/coach")
	String assign(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") AssignForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return submit(user, id, "coach", errors, model, redirect,
				Map.of("trajectory.guard.reasonRequired", "reason", "trajectory.guard.sameCoach", "coachId",
						"trajectory.coach.unknown", "coachId"),
				() -> this.trajectories.assignCoach(user.current(), id, FormErrors.version(form.version()),
						form.coachId(), form.reason()));
	}

	@PostMapping("/placement")
	String place(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") PlacementForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return submit(user, id, "placement", errors, model, redirect,
				Map.of("placement.employer.unknown", "employerId", "placement.workplace.unknown", "workplaceId",
						"placement.supervisor.unknown", "supervisorContactId", "placement.end.beforeStart", "endDate",
						"placement.hours.range", "hoursPerWeek", "placement.probation.beforeStart", "probationUntil",
						"placement.start.beforeEarlier", "startDate"),
				() -> this.trajectories.place(user.current(), id, FormErrors.version(form.version()), form.details()));
	}

	/**
	 * The employer choice of the placement form, refreshed as the coach types a name or
	 * picks an employer.
	 */
	@GetMapping("/placement/options")
	String placementOptions(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@RequestParam(required = false) String employerQuery, @RequestParam(required = false) Long employerId,
			Model model) {
		TrajectoryDetails trajectory = this.trajectories.details(user.current(), id);
		this.placementOptions.addTo(user.current(), employerQuery, employerId, model);
		model.addAttribute("trajectory", trajectory);
		model.addAttribute("form",
				new PlacementForm(employerId, null, null, null, null, null, null, null, null, trajectory.version()));
		return "trajectory/action :: placement-employer";
	}

	@PostMapping("/grant")
	String fund(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") GrantForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return submit(user, id, "grant", errors, model, redirect,
				Map.of("grant.hours.range", "hoursPerPeriod", "grant.tariff.range", "hourlyTariff",
						"grant.periods.range", "periods", "grant.periodMonths.range", "periodMonths"),
				() -> this.trajectories.fund(user.current(), id, FormErrors.version(form.version()), form.details()));
	}

	@PostMapping("/event")
	String event(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") EventForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return submit(user, id, "event", errors, model, redirect, Map.of("event.date.invalid", "happenedOn"),
				() -> this.trajectories.recordEvent(user.current(), id, FormErrors.version(form.version()), form.kind(),
						form.happenedOn(), form.note()));
	}

	private String submit(TandemUser user, long id, String action, BindingResult errors, Model model,
			RedirectAttributes redirect, Map<String, String> fields, Runnable change) {
		if (!FormErrors.attempt(errors, fields, change)) {
			return formPage(user.current(), this.trajectories.details(user.current(), id), action, model);
		}
		redirect.addFlashAttribute("saved", "trajectory.saved." + action);
		return "redirect:/trajectories/" + id;
	}

	private String formPage(CurrentUser user, TrajectoryDetails trajectory, String action, Model model) {
		model.addAttribute("trajectory", trajectory);
		model.addAttribute("action", action);
		model.addAttribute("endReasons", EndReason.values());
		model.addAttribute("funders", Funder.values());
		model.addAttribute("contractTypes", ContractType.values());
		model.addAttribute("eventKinds", ContextEventKind.values());
		if ("coach".equals(action)) {
			model.addAttribute("coaches", this.trajectories.assignableCoaches(user, trajectory.id()));
		}
		if ("placement".equals(action)) {
			Object form = model.getAttribute("form");
			Long employerId = (form instanceof PlacementForm placement) ? placement.employerId() : null;
			this.placementOptions.addTo(user, null, employerId, model);
		}
		return "trajectory/action";
	}

	private static GrantForm grantForm(TrajectoryDetails trajectory, LocalDate today) {
		TrajectoryDetails.GrantView grant = trajectory.grant();
		if (grant == null) {
			return new GrantForm(Funder.UWV, "", "", today, 6, 1, null, null, trajectory.version());
		}
		return new GrantForm(grant.funder(), grant.funderName(), grant.reference(), grant.startDate(),
				grant.periodMonths(), grant.periods().size(), new java.math.BigDecimal(grant.hoursPerPeriod()),
				java.math.BigDecimal.valueOf(grant.hourlyTariffCents(), 2), trajectory.version());
	}

	private static String take(RedirectAttributes redirect, long id, String done, Runnable change) {
		FormErrors.act(redirect, done, change);
		return "redirect:/trajectories/" + id;
	}

	/**
	 * A step of the lifecycle that needs no input.
	 */
	@FunctionalInterface
	interface StepAction {

		void take(Trajectories trajectories, CurrentUser user, long id, long version);

	}

	record Step(StepAction action, String done) {
	}

}
