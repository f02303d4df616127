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

import nl.tandem.coaching.Attendee;
import nl.tandem.coaching.CancelledBy;
import nl.tandem.coaching.Logbook;
import nl.tandem.coaching.NoteVisibility;
import nl.tandem.coaching.SessionMode;
import nl.tandem.coaching.SessionStatus;
import nl.tandem.coaching.Sessions;
import nl.tandem.coaching.TimeCategory;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.TandemUser;
import nl.tandem.plan.Actor;
import nl.tandem.plan.AttentionDomain;
import nl.tandem.plan.PlanPage;
import nl.tandem.plan.Plans;
import nl.tandem.plan.ScheduleView;
import nl.tandem.plan.Schedules;
import nl.tandem.platform.FormErrors;
import nl.tandem.platform.NotFoundException;
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
 * Recording sessions (held, or cancelled and missed) and time in the logbook, and the
 * logbook's export.
 */
@Controller
@RequestMapping("/trajectories/{id}")
class SessionController {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private static final Map<String, String> SESSION_FIELDS = Map.ofEntries(
			Map.entry("session.minutes.range", "minutes"), Map.entry("session.date.invalid", "heldOn"),
			Map.entry("session.mode.required", "mode"), Map.entry("session.attendees.required", "attendees"),
			Map.entry("note.text.required", "note"), Map.entry("note.sensitive.notForEmployer", "visibility"),
			Map.entry("learning.required", "whatLearned"), Map.entry("action.actor.required", "actionActor"),
			Map.entry("time.overGrant.confirm", "overGrantConfirmed"));

	private final Sessions sessions;

	private final Logbook logbook;

	private final Plans plans;

	private final Schedules schedules;

	private final Trajectories trajectories;

	SessionController(Sessions sessions, Logbook logbook, Plans plans, Schedules schedules, Trajectories trajectories) {
		this.trajectories = trajectories;
		this.sessions = sessions;
		this.logbook = logbook;
		this.plans = plans;
		this.schedules = schedules;
	}

	@GetMapping("/sessions/new")
	String newSession(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@RequestParam(required = false) UUID planned, Model model) {
		SessionForm form = new SessionForm();
		LocalDate today = LocalDate.now(ZONE);
		form.setHeldOn(today);
		form.setMinutes(60);
		if (planned != null) {
			ScheduleView.Session session = plannedSession(user.current(), this.trajectories.frame(user.current(), id),
					planned);
			form.setPlanned(planned);
			form.setMinutes(session.minutes());
			form.setHeldOn(session.on().isAfter(today) ? today : session.on());
		}
		for (PlanPage.GoalView goal : goals(user.current(), id)) {
			form.getGoals().add(new SessionForm.GoalRow(goal.key(), goal.goal().description()));
		}
		model.addAttribute("form", form);
		return sessionPage(user.current(), id, model);
	}

	@PostMapping("/sessions")
	String recordHeld(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") SessionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, SESSION_FIELDS,
				() -> this.sessions.recordHeld(user.current(), id, form.toHeld()))) {
			return sessionPage(user.current(), id, model);
		}
		redirect.addFlashAttribute("saved", "session.saved");
		return "redirect:/trajectories/" + id;
	}

	/**
	 * A planned session that did not take place.
	 */
	record NotHeldForm(@NotNull(message = "{session.status.required}") SessionStatus status, CancelledBy by,
			@Size(max = 2000, message = "{field.too.long}") String reason) {
	}

	@GetMapping("/sessions/planned/{planned}/not-held")
	String notHeldForm(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable UUID planned,
			Model model) {
		model.addAttribute("form", new NotHeldForm(SessionStatus.CANCELLED, null, ""));
		return notHeldPage(user.current(), id, planned, model);
	}

	@PostMapping("/sessions/planned/{planned}/not-held")
	String notHeld(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable UUID planned,
			@Valid @ModelAttribute("form") NotHeldForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, Map.of("session.cancelledBy.required", "by"), () -> this.sessions
			.recordNotHeld(user.current(), id, planned, form.status(), form.by(), form.reason()))) {
			return notHeldPage(user.current(), id, planned, model);
		}
		redirect.addFlashAttribute("saved", "session.saved.notHeld");
		return "redirect:/trajectories/" + id;
	}

	/**
	 * Time outside a session.
	 */
	record TimeForm(@NotNull(message = "{time.category.required}") TimeCategory category,
			@NotNull(message = "{time.date.invalid}") @DateTimeFormat(iso = ISO.DATE) LocalDate workedOn,
			@NotNull(message = "{time.minutes.range}") Integer minutes,
			@Size(max = 2000, message = "{field.too.long}") String description, Set<UUID> goals,
			Boolean overGrantConfirmed) {

		public boolean confirmed() {
			return Boolean.TRUE.equals(this.overGrantConfirmed);
		}

	}

	@GetMapping("/time/new")
	String newTime(@AuthenticationPrincipal TandemUser user, @PathVariable long id, Model model) {
		model.addAttribute("form", new TimeForm(TimeCategory.INDIRECT, LocalDate.now(ZONE), 30, "", Set.of(), false));
		return timePage(user.current(), id, model);
	}

	@PostMapping("/time")
	String registerTime(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") TimeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors,
				Map.of("time.minutes.range", "minutes", "time.date.invalid", "workedOn", "time.goal.unknown", "goals",
						"time.overGrant.confirm", "overGrantConfirmed"),
				() -> this.logbook.register(user.current(), id, new Logbook.NewEntry(form.category(), form.workedOn(),
						form.minutes(), form.description(), form.goals(), form.confirmed())))) {
			return timePage(user.current(), id, model);
		}
		redirect.addFlashAttribute("saved", "time.saved");
		return "redirect:/trajectories/" + id;
	}

	@PostMapping("/actions/{action}/done")
	String actionDone(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable long action,
			RedirectAttributes redirect) {
		FormErrors.act(redirect, "action.saved.done", () -> this.sessions.actionDone(user.current(), id, action));
		return "redirect:/trajectories/" + id;
	}

	/**
	 * The logbook as CSV: date, minutes, category, goals and description; no notes.
	 */
	@GetMapping("/logbook.csv")
	ResponseEntity<byte[]> logbookCsv(@AuthenticationPrincipal TandemUser user, @PathVariable long id) {
		TrajectoryFrame frame = this.trajectories.frame(user.current(), id);
		Map<UUID, String> goals = this.plans.goals(frame);
		StringBuilder csv = new StringBuilder("date;minutes;category;billable;goals;description\r\n");
		for (Logbook.Entry entry : this.logbook.entries(frame)) {
			csv.append(entry.workedOn())
				.append(';')
				.append(entry.minutes())
				.append(';')
				.append(entry.category())
				.append(';')
				.append(entry.billable() ? "yes" : "no")
				.append(';')
				.append(cell(String.join(" | ", entry.goals().stream().map(g -> goals.getOrDefault(g, "?")).toList())))
				.append(';')
				.append(cell(entry.description()))
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"logboek-" + id + ".csv\"")
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A CSV cell: quoted, inner quotes doubled, and a leading formula character
	 * neutralised so that a spreadsheet does not run it.
	 */
	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
		return '"' + safe.replace("\"", "\"\"").replace("\r", " ").replace("\n", " ") + '"';
	}

	private String sessionPage(CurrentUser user, long id, Model model) {
		model.addAttribute("trajectory", this.trajectories.frame(user, id));
		model.addAttribute("modes", SessionMode.values());
		model.addAttribute("attendeeValues", Attendee.values());
		model.addAttribute("topicValues", AttentionDomain.values());
		model.addAttribute("visibilities", NoteVisibility.values());
		model.addAttribute("actors", Actor.values());
		model.addAttribute("goalOptions", goals(user, id));
		model.addAttribute("openActions", this.sessions.openActions(user, id));
		return "coaching/session";
	}

	private String notHeldPage(CurrentUser user, long id, UUID planned, Model model) {
		TrajectoryFrame frame = this.trajectories.frame(user, id);
		model.addAttribute("planned", plannedSession(user, frame, planned));
		model.addAttribute("trajectory", frame);
		model.addAttribute("statuses", List.of(SessionStatus.CANCELLED, SessionStatus.NO_SHOW));
		model.addAttribute("cancellers", CancelledBy.values());
		return "coaching/not-held";
	}

	private String timePage(CurrentUser user, long id, Model model) {
		model.addAttribute("trajectory", this.trajectories.frame(user, id));
		model.addAttribute("categories", TimeCategory.values());
		model.addAttribute("goalOptions", goals(user, id));
		return "coaching/time";
	}

	private List<PlanPage.GoalView> goals(CurrentUser user, long id) {
		PlanPage page = this.plans.page(user, id, null);
		return (page.plan() != null) ? page.plan().goals() : List.of();
	}

	private ScheduleView.Session plannedSession(CurrentUser user, TrajectoryFrame frame, UUID planned) {
		return this.schedules.schedule(user, frame)
			.sessions()
			.stream()
			.filter(s -> s.key().equals(planned))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("planned session", planned));
	}

}
