package nl.tandem.plan.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.TandemUser;
import nl.tandem.plan.Actor;
import nl.tandem.plan.AttentionDomain;
import nl.tandem.plan.GoalArea;
import nl.tandem.plan.GoalKind;
import nl.tandem.plan.GoalStatus;
import nl.tandem.plan.Party;
import nl.tandem.plan.PlanPage;
import nl.tandem.plan.Plans;
import nl.tandem.plan.SignOffMethod;
import nl.tandem.plan.web.PlanForms.AgreementForm;
import nl.tandem.plan.web.PlanForms.BasicsForm;
import nl.tandem.plan.web.PlanForms.GoalForm;
import nl.tandem.plan.web.PlanForms.PointForm;
import nl.tandem.plan.web.PlanForms.ProgressForm;
import nl.tandem.plan.web.PlanForms.SignOffForm;
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
 * The plan page of a trajectory and the forms that write a draft: period and
 * expectations, goals, attention points, agreements; proposing, sign-off, goal progress
 * and the differences between versions. A form comes back with the reasons next to its
 * fields when something is refused; actions without input come back to the plan page with
 * the reason.
 */
@Controller
@RequestMapping("/trajectories/{id}/plan")
class PlanController {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final Plans plans;

	PlanController(Plans plans) {
		this.plans = plans;
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
		return act(redirect, id, "plan.saved.started", () -> this.plans.startDraft(user.current(), id));
	}

	@PostMapping("/{number}/propose")
	String propose(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			@RequestParam long version, RedirectAttributes redirect) {
		return act(redirect, id, "plan.saved.proposed", () -> this.plans.propose(user.current(), id, number, version));
	}

	@PostMapping("/{number}/withdraw")
	String withdraw(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			@RequestParam long version, RedirectAttributes redirect) {
		return act(redirect, id, "plan.saved.withdrawn",
				() -> this.plans.withdraw(user.current(), id, number, version));
	}

	@GetMapping("/{number}/basics")
	String basicsForm(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			Model model) {
		PlanPage page = draft(user.current(), id, number);
		PlanPage.Version plan = page.plan();
		model.addAttribute("form", new BasicsForm(plan.startsOn(), plan.endsOn(), plan.expectationParticipant(),
				plan.expectationEmployer(), plan.expectationCoach(), plan.version()));
		return form(page, "basics", null, model);
	}

	@PostMapping("/{number}/basics")
	String basics(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			@Valid @ModelAttribute("form") BasicsForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return submit(user.current(), id, number, "basics", null, errors, model, redirect, "plan.saved.basics",
				Map.of("plan.dates.endBeforeStart", "endsOn"),
				() -> this.plans.describe(user.current(), id, number, FormErrors.version(form.version()),
						form.startsOn(), form.endsOn(), form.expectationParticipant(), form.expectationEmployer(),
						form.expectationCoach()));
	}

	@GetMapping("/{number}/goals/new")
	String newGoal(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			Model model) {
		PlanPage page = draft(user.current(), id, number);
		model.addAttribute("form",
				new GoalForm(GoalArea.WORK, GoalKind.LEARNING, "", "", "", null, page.plan().version()));
		return form(page, "goal", null, model);
	}

	@PostMapping("/{number}/goals")
	String addGoal(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			@Valid @ModelAttribute("form") GoalForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return submit(user.current(), id, number, "goal", null, errors, model, redirect, "plan.saved.goal", GOAL_FIELDS,
				() -> this.plans.addGoal(user.current(), id, number, FormErrors.version(form.version()),
						form.content()));
	}

	@GetMapping("/{number}/goals/{key}")
	String editGoal(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			@PathVariable UUID key, Model model) {
		PlanPage page = draft(user.current(), id, number);
		PlanPage.GoalView goal = page.plan()
			.goals()
			.stream()
			.filter(g -> g.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("goal", key));
		model.addAttribute("form", GoalForm.of(goal.goal(), page.plan().version()));
		return form(page, "goal", key.toString(), model);
	}

	@PostMapping("/{number}/goals/{key}")
	String changeGoal(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			@PathVariable UUID key, @Valid @ModelAttribute("form") GoalForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return submit(user.current(), id, number, "goal", key.toString(), errors, model, redirect, "plan.saved.goal",
				GOAL_FIELDS, () -> this.plans.changeGoal(user.current(), id, number, FormErrors.version(form.version()),
						key, form.content()));
	}

	@PostMapping("/{number}/goals/{key}/remove")
	String removeGoal(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			@PathVariable UUID key, @RequestParam long version, RedirectAttributes redirect) {
		return act(redirect, id, "plan.saved.goalRemoved",
				() -> this.plans.removeGoal(user.current(), id, number, version, key));
	}

	@GetMapping("/{number}/points/new")
	String newPoint(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			Model model) {
		PlanPage page = draft(user.current(), id, number);
		model.addAttribute("form", new PointForm(null, "", "", page.plan().version()));
		return form(page, "point", null, model);
	}

	@PostMapping("/{number}/points")
	String addPoint(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			@Valid @ModelAttribute("form") PointForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return submit(user.current(), id, number, "point", null, errors, model, redirect, "plan.saved.point",
				POINT_FIELDS, () -> this.plans.addAttentionPoint(user.current(), id, number,
						FormErrors.version(form.version()), form.domain(), form.label(), form.description()));
	}

	@GetMapping("/{number}/points/{index}")
	String editPoint(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			@PathVariable int index, Model model) {
		PlanPage page = draft(user.current(), id, number);
		var point = item(page.plan().attentionPoints(), index);
		model.addAttribute("form",
				new PointForm(point.domain(), point.label(), point.description(), page.plan().version()));
		return form(page, "point", String.valueOf(index), model);
	}

	@PostMapping("/{number}/points/{index}")
	String changePoint(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			@PathVariable int index, @Valid @ModelAttribute("form") PointForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return submit(user.current(), id, number, "point", String.valueOf(index), errors, model, redirect,
				"plan.saved.point", POINT_FIELDS, () -> this.plans.changeAttentionPoint(user.current(), id, number,
						FormErrors.version(form.version()), index, form.domain(), form.label(), form.description()));
	}

	@PostMapping("/{number}/points/{index}/remove")
	String removePoint(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			@PathVariable int index, @RequestParam long version, RedirectAttributes redirect) {
		return act(redirect, id, "plan.saved.pointRemoved",
				() -> this.plans.removeAttentionPoint(user.current(), id, number, version, index));
	}

	@GetMapping("/{number}/agreements/new")
	String newAgreement(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			Model model) {
		PlanPage page = draft(user.current(), id, number);
		model.addAttribute("form", new AgreementForm(null, "", null, page.plan().version()));
		return form(page, "agreement", null, model);
	}

	@PostMapping("/{number}/agreements")
	String addAgreement(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			@Valid @ModelAttribute("form") AgreementForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return submit(user.current(), id, number, "agreement", null, errors, model, redirect, "plan.saved.agreement",
				AGREEMENT_FIELDS, () -> this.plans.addAgreement(user.current(), id, number,
						FormErrors.version(form.version()), form.actor(), form.what(), form.dueOn()));
	}

	@GetMapping("/{number}/agreements/{index}")
	String editAgreement(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			@PathVariable int index, Model model) {
		PlanPage page = draft(user.current(), id, number);
		var agreement = item(page.plan().agreements(), index);
		model.addAttribute("form",
				new AgreementForm(agreement.actor(), agreement.what(), agreement.dueOn(), page.plan().version()));
		return form(page, "agreement", String.valueOf(index), model);
	}

	@PostMapping("/{number}/agreements/{index}")
	String changeAgreement(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			@PathVariable int index, @Valid @ModelAttribute("form") AgreementForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return submit(user.current(), id, number, "agreement", String.valueOf(index), errors, model, redirect,
				"plan.saved.agreement", AGREEMENT_FIELDS, () -> this.plans.changeAgreement(user.current(), id, number,
						FormErrors.version(form.version()), index, form.actor(), form.what(), form.dueOn()));
	}

	@PostMapping("/{number}/agreements/{index}/remove")
	String removeAgreement(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			@PathVariable int index, @RequestParam long version, RedirectAttributes redirect) {
		return act(redirect, id, "plan.saved.agreementRemoved",
				() -> this.plans.removeAgreement(user.current(), id, number, version, index));
	}

	@GetMapping("/{number}/sign-off")
	String signOffForm(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			@RequestParam(required = false) Party party, Model model) {
		PlanPage page = version(user.current(), id, number);
		model.addAttribute("form", new SignOffForm(party, today(), null, page.plan().version()));
		return form(page, "signoff", null, model);
	}

	@PostMapping("/{number}/sign-off")
	String signOff(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			@Valid @ModelAttribute("form") SignOffForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		boolean[] agreed = new boolean[1];
		String view = submit(user.current(), id, number, "signoff", null, errors, model, redirect, "plan.saved.signOff",
				Map.of("signOff.date.invalid", "agreedOn", "signOff.party.required", "party", "signOff.how.required",
						"how"),
				() -> agreed[0] = this.plans.signOff(user.current(), id, number, FormErrors.version(form.version()),
						form.party(), form.agreedOn(), form.how()));
		if (agreed[0]) {
			redirect.addFlashAttribute("saved", "plan.saved.agreed");
		}
		return view;
	}

	@GetMapping("/goals/{key}/progress")
	String progressForm(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable UUID key,
			Model model) {
		PlanPage page = this.plans.page(user.current(), id, null);
		PlanPage.GoalView goal = goal(page, key);
		model.addAttribute("form", new ProgressForm(goal.status(), goal.score(), ""));
		model.addAttribute("goal", goal);
		return form(page, "progress", key.toString(), model);
	}

	@PostMapping("/goals/{key}/progress")
	String progress(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable UUID key,
			@Valid @ModelAttribute("form") ProgressForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (FormErrors.attempt(errors, Map.of("progress.score.range", "score", "progress.status.required", "status"),
				() -> this.plans.recordProgress(user.current(), id, key, form.status(), form.score(), form.note()))) {
			redirect.addFlashAttribute("saved", "plan.saved.progress");
			return "redirect:/trajectories/" + id + "/plan";
		}
		PlanPage page = this.plans.page(user.current(), id, null);
		model.addAttribute("goal", goal(page, key));
		return form(page, "progress", key.toString(), model);
	}

	@GetMapping("/diff")
	String diff(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @RequestParam int from,
			@RequestParam int to, Model model) {
		PlanPage page = this.plans.page(user.current(), id, to);
		model.addAttribute("page", page);
		model.addAttribute("diff", this.plans.diff(user.current(), id, from, to));
		return "plan/diff";
	}

	private static final Map<String, String> GOAL_FIELDS = Map.of("goal.description.required", "description",
			"goal.area.required", "area", "goal.kind.required", "kind");

	private static final Map<String, String> POINT_FIELDS = Map.of("attention.domain.required", "domain",
			"attention.label.required", "label", "attention.description.required", "description");

	private static final Map<String, String> AGREEMENT_FIELDS = Map.of("agreement.actor.required", "actor",
			"agreement.what.required", "what");

	private String page(CurrentUser user, long id, Integer number, Model model) {
		model.addAttribute("page", this.plans.page(user, id, number));
		model.addAttribute("parties", Party.values());
		model.addAttribute("charts", true);
		return "plan/plan";
	}

	private PlanPage version(CurrentUser user, long id, int number) {
		PlanPage page = this.plans.page(user, id, number);
		if (page.plan() == null) {
			throw new NotFoundException("plan", number);
		}
		return page;
	}

	private PlanPage draft(CurrentUser user, long id, int number) {
		PlanPage page = version(user, id, number);
		if (!page.plan().isEditable()) {
			throw new NotFoundException("draft", number);
		}
		return page;
	}

	private String form(PlanPage page, String kind, String item, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("kind", kind);
		model.addAttribute("item", item);
		model.addAttribute("areas", GoalArea.values());
		model.addAttribute("kinds", GoalKind.values());
		model.addAttribute("domains", AttentionDomain.values());
		model.addAttribute("actors", Actor.values());
		model.addAttribute("parties", Party.values());
		model.addAttribute("methods", SignOffMethod.RECORDED_BY_COACH);
		model.addAttribute("statuses", GoalStatus.values());
		return "plan/form";
	}

	private String submit(CurrentUser user, long id, int number, String kind, String item, BindingResult errors,
			Model model, RedirectAttributes redirect, String saved, Map<String, String> fields, Runnable change) {
		if (!FormErrors.attempt(errors, fields, change)) {
			return form(version(user, id, number), kind, item, model);
		}
		redirect.addFlashAttribute("saved", saved);
		return "redirect:/trajectories/" + id + "/plan";
	}

	private String act(RedirectAttributes redirect, long id, String saved, Runnable action) {
		FormErrors.act(redirect, saved, action);
		return "redirect:/trajectories/" + id + "/plan";
	}

	private static PlanPage.GoalView goal(PlanPage page, UUID key) {
		if (page.plan() == null) {
			throw new NotFoundException("goal", key);
		}
		return page.plan()
			.goals()
			.stream()
			.filter(g -> g.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("goal", key));
	}

	private static <T> T item(java.util.List<T> items, int index) {
		if (index < 0 || index >= items.size()) {
			throw new NotFoundException("item", index);
		}
		return items.get(index);
	}

	private static LocalDate today() {
		return LocalDate.now(ZONE);
	}

}
