package nl.tandem.coaching.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.tandem.coaching.Logbook;
import nl.tandem.coaching.TimeCategory;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.TandemUser;
import nl.tandem.plan.PlanPage;
import nl.tandem.plan.Plans;
import nl.tandem.platform.Csv;
import nl.tandem.platform.FormErrors;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The logbook of a trajectory: registering, correcting and removing time outside
 * sessions, the check against the grant while a form is filled in, and the CSV export.
 */
@Controller
@RequestMapping("/trajectories/{id}")
class TimeController {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private static final Map<String, String> FIELDS = Map.of("time.minutes.range", "minutes", "time.date.invalid",
			"workedOn", "time.goal.unknown", "goals", "time.overGrant.confirm", "overGrantConfirmed",
			"time.category.required", "category");

	private final Logbook logbook;

	private final Plans plans;

	private final Trajectories trajectories;

	TimeController(Logbook logbook, Plans plans, Trajectories trajectories) {
		this.logbook = logbook;
		this.plans = plans;
		this.trajectories = trajectories;
	}

	/**
	 * Time outside a session; {@code version} only when an entry is corrected.
	 */
	record TimeForm(@NotNull(message = "{time.category.required}") TimeCategory category,
			@NotNull(message = "{time.date.invalid}") @DateTimeFormat(iso = ISO.DATE) LocalDate workedOn,
			@NotNull(message = "{time.minutes.range}") Integer minutes,
			@Size(max = 2000, message = "{field.too.long}") String description, Set<UUID> goals,
			Boolean overGrantConfirmed, Long version) {

		public boolean confirmed() {
			return Boolean.TRUE.equals(this.overGrantConfirmed);
		}

		Logbook.NewEntry entry() {
			return new Logbook.NewEntry(this.category, this.workedOn, this.minutes, this.description, this.goals,
					confirmed());
		}

	}

	@GetMapping("/time")
	String entries(@AuthenticationPrincipal TandemUser user, @PathVariable long id, Model model) {
		TrajectoryFrame frame = this.trajectories.frame(user.current(), id);
		model.addAttribute("trajectory", frame);
		model.addAttribute("entries", this.logbook.entries(frame));
		model.addAttribute("goalNames", this.plans.goals(frame));
		model.addAttribute("mayWrite", mayWrite(user.current(), frame));
		return "coaching/entries";
	}

	@GetMapping("/time/new")
	String newTime(@AuthenticationPrincipal TandemUser user, @PathVariable long id, Model model) {
		model.addAttribute("form",
				new TimeForm(TimeCategory.INDIRECT, LocalDate.now(ZONE), 30, "", Set.of(), false, null));
		return timePage(user.current(), id, null, model);
	}

	@PostMapping("/time")
	String registerTime(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") TimeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, FIELDS, () -> this.logbook.register(user.current(), id, form.entry()))) {
			return timePage(user.current(), id, null, model);
		}
		redirect.addFlashAttribute("saved", "time.saved");
		return "redirect:/trajectories/" + id;
	}

	@GetMapping("/time/{entry}/edit")
	String editTime(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable long entry,
			Model model) {
		Logbook.Entry stored = this.logbook.entry(user.current(), id, entry);
		model.addAttribute("form", new TimeForm(stored.category(), stored.workedOn(), stored.minutes(),
				stored.description(), Set.copyOf(stored.goals()), false, stored.version()));
		return timePage(user.current(), id, stored, model);
	}

	@PostMapping("/time/{entry}")
	String correctTime(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable long entry,
			@Valid @ModelAttribute("form") TimeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, FIELDS, () -> this.logbook.correct(user.current(), id, entry,
				FormErrors.version(form.version()), form.entry()))) {
			return timePage(user.current(), id, this.logbook.entry(user.current(), id, entry), model);
		}
		redirect.addFlashAttribute("saved", "time.corrected");
		return "redirect:/trajectories/" + id + "/time";
	}

	@PostMapping("/time/{entry}/remove")
	String removeTime(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable long entry,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		FormErrors.act(redirect, "time.removed",
				() -> this.logbook.remove(user.current(), id, entry, FormErrors.version(version)));
		return "redirect:/trajectories/" + id + "/time";
	}

	/**
	 * What the minutes in a form would do to the grant, as the form shows it (htmx): the
	 * hours of the period after saving and, when they cross the grant, the confirmation.
	 */
	@GetMapping("/time/grant")
	String grantCheck(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate workedOn,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) String minutes, @RequestParam(required = false) Long entry,
			@RequestParam(required = false) Long session, @RequestParam(required = false) Boolean overGrantConfirmed,
			Model model) {
		LocalDate on = (workedOn != null) ? workedOn : heldOn;
		model.addAttribute("grantCheck",
				this.logbook.checkGrant(user.current(), id, on, number(minutes), entry, session).orElse(null));
		model.addAttribute("grantUrl",
				grantUrl(id, (heldOn != null || session != null) ? "heldOn" : "workedOn", entry, session));
		model.addAttribute("grantConfirmed", Boolean.TRUE.equals(overGrantConfirmed));
		return "coaching/grant :: check";
	}

	/**
	 * The logbook as CSV: date, minutes (of which billable), category, goals and
	 * description; no notes.
	 */
	@GetMapping("/logbook.csv")
	ResponseEntity<byte[]> logbookCsv(@AuthenticationPrincipal TandemUser user, @PathVariable long id) {
		TrajectoryFrame frame = this.trajectories.frame(user.current(), id);
		Map<UUID, String> goals = this.plans.goals(frame);
		StringBuilder csv = new StringBuilder("date;minutes;billable_minutes;category;goals;description\r\n");
		for (Logbook.Entry entry : this.logbook.entries(frame)) {
			csv.append(entry.workedOn())
				.append(';')
				.append(entry.minutes())
				.append(';')
				.append(entry.billableMinutes())
				.append(';')
				.append(entry.category())
				.append(';')
				.append(Csv
					.cell(String.join(" | ", entry.goals().stream().map(g -> goals.getOrDefault(g, "?")).toList())))
				.append(';')
				.append(Csv.cell(entry.description()))
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"logboek-" + id + ".csv\"")
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The address the grant check of a form asks, with the entry or session it corrects.
	 */
	static String grantUrl(long trajectoryId, String dateField, Long entry, Long session) {
		StringBuilder url = new StringBuilder("/trajectories/" + trajectoryId + "/time/grant?field=" + dateField);
		if (entry != null) {
			url.append("&entry=").append(entry);
		}
		if (session != null) {
			url.append("&session=").append(session);
		}
		return url.toString();
	}

	private static Integer number(String value) {
		try {
			return (value != null) ? Integer.valueOf(value.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private String timePage(CurrentUser user, long id, Logbook.Entry correcting, Model model) {
		TrajectoryFrame frame = this.trajectories.frame(user, id);
		model.addAttribute("trajectory", frame);
		model.addAttribute("categories", TimeCategory.values());
		model.addAttribute("goalOptions", goals(user, id));
		model.addAttribute("correcting", correcting);
		TimeForm form = (TimeForm) model.getAttribute("form");
		Long entry = (correcting != null) ? correcting.id() : null;
		model.addAttribute("grantCheck", (form != null)
				? this.logbook.checkGrant(user, id, form.workedOn(), form.minutes(), entry, null).orElse(null) : null);
		model.addAttribute("grantUrl", grantUrl(id, "workedOn", entry, null));
		model.addAttribute("grantConfirmed", form != null && form.confirmed());
		return "coaching/time";
	}

	private List<PlanPage.GoalView> goals(CurrentUser user, long id) {
		PlanPage page = this.plans.page(user, id, null);
		return (page.plan() != null) ? page.plan().goals() : List.of();
	}

	private static boolean mayWrite(CurrentUser user, TrajectoryFrame frame) {
		return frame.isCoachedBy(user) && !frame.isClosed();
	}

}
