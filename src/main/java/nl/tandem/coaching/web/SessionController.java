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
import nl.tandem.coaching.SessionView;
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
import nl.tandem.platform.PageOf;
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
 * Recording sessions (held, or cancelled and missed), correcting a held session, and the
 * list of all sessions of a trajectory.
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
	 * All sessions of the trajectory, a page at a time, with everything recorded.
	 */
	@GetMapping("/sessions")
	String list(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		TrajectoryFrame frame = this.trajectories.frame(user.current(), id);
		int size = PageOf.DEFAULT_SIZE;
		int total = this.sessions.count(frame);
		int at = Math.max(0, Math.min(page, (total - 1) / size));
		model.addAttribute("trajectory", frame);
		model.addAttribute("sessions", new PageOf<>(
				this.sessions.ofTrajectory(user.current(), frame, size, PageOf.offset(at, size)), at, size, total));
		model.addAttribute("goalNames", this.plans.goals(frame));
		model.addAttribute("mayRecord", frame.isCoachedBy(user.current()) && !frame.isClosed());
		return "coaching/sessions";
	}

	@GetMapping("/sessions/{session}/edit")
	String editSession(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable long session,
			Model model) {
		SessionView stored = this.sessions.session(user.current(), id, session);
		if (stored.status() != SessionStatus.HELD) {
			throw new NotFoundException("held session", session);
		}
		model.addAttribute("form", SessionForm.of(stored, goals(user.current(), id)));
		model.addAttribute("correcting", stored);
		return sessionPage(user.current(), id, model);
	}

	@PostMapping("/sessions/{session}")
	String correctSession(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable long session,
			@Valid @ModelAttribute("form") SessionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, SESSION_FIELDS, () -> this.sessions.correct(user.current(), id, session,
				FormErrors.version(form.getVersion()), form.toHeld()))) {
			model.addAttribute("correcting", this.sessions.session(user.current(), id, session));
			return sessionPage(user.current(), id, model);
		}
		redirect.addFlashAttribute("saved", "session.corrected");
		return "redirect:/trajectories/" + id + "/sessions";
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

	@PostMapping("/actions/{action}/done")
	String actionDone(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable long action,
			RedirectAttributes redirect) {
		FormErrors.act(redirect, "action.saved.done", () -> this.sessions.actionDone(user.current(), id, action));
		return "redirect:/trajectories/" + id;
	}

	private String sessionPage(CurrentUser user, long id, Model model) {
		model.addAttribute("trajectory", this.trajectories.frame(user, id));
		SessionForm form = (SessionForm) model.getAttribute("form");
		SessionView correcting = (SessionView) model.getAttribute("correcting");
		Long session = (correcting != null) ? correcting.id() : null;
		model.addAttribute("grantCheck", (form != null)
				? this.logbook.checkGrant(user, id, form.getHeldOn(), form.getMinutes(), null, session).orElse(null)
				: null);
		model.addAttribute("grantUrl", TimeController.grantUrl(id, "heldOn", null, session));
		model.addAttribute("grantConfirmed", form != null && form.isOverGrantConfirmed());
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
