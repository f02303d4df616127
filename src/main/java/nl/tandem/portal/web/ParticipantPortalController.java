package nl.tandem.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import nl.tandem.coaching.SessionView;
import nl.tandem.coaching.Sessions;
import nl.tandem.evaluation.Rater;
import nl.tandem.evaluation.Ratings;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.TandemUser;
import nl.tandem.monitoring.CheckIns;
import nl.tandem.monitoring.EarlyWarning;
import nl.tandem.monitoring.SupportRequests;
import nl.tandem.plan.PlanStatus;
import nl.tandem.plan.Plans;
import nl.tandem.plan.Schedules;
import nl.tandem.platform.FormErrors;
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
 * The participant's own pages: the home page with what matters now, the plan (and
 * agreeing to a proposed version), the sessions to come, the notes the coach shared, the
 * action items, and "I need support now". Every page works on the participant's own
 * trajectory, found from the signed-in account and never from the address: an id in the
 * address (an action item, a plan version) that is not theirs is not found.
 */
@Controller
@RequestMapping("/portal")
class ParticipantPortalController {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	/**
	 * How far ahead the planned sessions are shown.
	 */
	static final int MONTHS_AHEAD = 6;

	private final OwnTrajectory own;

	private final Plans plans;

	private final Schedules schedules;

	private final Sessions sessions;

	private final CheckIns checkIns;

	private final EarlyWarning earlyWarning;

	private final SupportRequests supportRequests;

	private final Ratings ratings;

	private final Clock clock;

	ParticipantPortalController(OwnTrajectory own, Plans plans, Schedules schedules, Sessions sessions,
			CheckIns checkIns, EarlyWarning earlyWarning, SupportRequests supportRequests, Ratings ratings,
			Clock clock) {
		this.own = own;
		this.plans = plans;
		this.schedules = schedules;
		this.sessions = sessions;
		this.checkIns = checkIns;
		this.earlyWarning = earlyWarning;
		this.supportRequests = supportRequests;
		this.ratings = ratings;
		this.clock = clock;
	}

	/**
	 * The participant's home page, shown at {@code /portal}: the trajectory and its
	 * coach, the next sessions, the open action items, the current zone and what is due.
	 */
	String home(CurrentUser user, Model model) {
		model.addAttribute("name", user.displayName());
		TrajectoryFrame frame = this.own.optional(user).orElse(null);
		if (frame == null) {
			return "portal/participant/none";
		}
		LocalDate today = today();
		model.addAttribute("trajectory", frame);
		model.addAttribute("next",
				this.schedules
					.plannedBetween(frame.organisationId(), List.of(frame.id()), today, today.plusMonths(MONTHS_AHEAD))
					.stream()
					.limit(3)
					.toList());
		model.addAttribute("actions",
				this.sessions.ownActions(user, frame.id()).stream().filter(a -> !a.isDone()).toList());
		model.addAttribute("zone",
				this.earlyWarning.currentZones(frame.organisationId(), List.of(frame.id())).get(frame.id()));
		model.addAttribute("due", this.checkIns.ownDue(user, frame.id()));
		model.addAttribute("ratingDue", this.ratings.dueFor(frame, Rater.PARTICIPANT).orElse(null));
		model.addAttribute("planToAgree",
				this.plans.summary(frame.organisationId(), frame.id(), today).status() == PlanStatus.PROPOSED);
		return "portal/participant/home";
	}

	@GetMapping("/plan")
	String plan(@AuthenticationPrincipal TandemUser user, Model model) {
		TrajectoryFrame frame = this.own.required(user.current());
		model.addAttribute("trajectory", frame);
		model.addAttribute("plan", this.plans.own(user.current(), frame.id()));
		return "portal/participant/plan";
	}

	@PostMapping("/plan/{number}/agree")
	String agree(@AuthenticationPrincipal TandemUser user, @PathVariable int number,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		TrajectoryFrame frame = this.own.required(user.current());
		FormErrors.act(redirect, "portal.plan.agreed",
				() -> this.plans.agreeInPortal(user.current(), frame.id(), number, FormErrors.version(version)));
		return "redirect:/portal/plan";
	}

	@GetMapping("/sessions")
	String sessions(@AuthenticationPrincipal TandemUser user, Model model) {
		TrajectoryFrame frame = this.own.required(user.current());
		LocalDate today = today();
		model.addAttribute("trajectory", frame);
		model.addAttribute("planned", this.schedules.plannedBetween(frame.organisationId(), List.of(frame.id()), today,
				today.plusMonths(MONTHS_AHEAD)));
		return "portal/participant/sessions";
	}

	@GetMapping("/notes")
	String notes(@AuthenticationPrincipal TandemUser user, Model model) {
		TrajectoryFrame frame = this.own.required(user.current());
		List<SessionView> withNotes = this.sessions.ofOwnTrajectory(user.current(), frame.id())
			.stream()
			.filter(s -> !s.notes().isEmpty())
			.toList();
		model.addAttribute("trajectory", frame);
		model.addAttribute("sessions", withNotes);
		return "portal/participant/notes";
	}

	@GetMapping("/actions")
	String actions(@AuthenticationPrincipal TandemUser user, Model model) {
		TrajectoryFrame frame = this.own.required(user.current());
		model.addAttribute("trajectory", frame);
		model.addAttribute("actions", this.sessions.ownActions(user.current(), frame.id()));
		return "portal/participant/actions";
	}

	@PostMapping("/actions/{action}/done")
	String actionDone(@AuthenticationPrincipal TandemUser user, @PathVariable long action,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		TrajectoryFrame frame = this.own.required(user.current());
		FormErrors.act(redirect, "portal.actions.done",
				() -> this.sessions.tickOffOwnAction(user.current(), frame.id(), action, FormErrors.version(version)));
		return "redirect:/portal/actions";
	}

	/**
	 * The participant's own satisfaction with the coaching, when it is asked for: at the
	 * end of a grant period and at the end of the coaching.
	 */
	@GetMapping("/rating")
	String rating(@AuthenticationPrincipal TandemUser user, Model model) {
		TrajectoryFrame frame = this.own.required(user.current());
		Ratings.RatingDue due = this.ratings.dueFor(frame, Rater.PARTICIPANT).orElse(null);
		model.addAttribute("trajectory", frame);
		model.addAttribute("ratingDue", due);
		if (due != null) {
			model.addAttribute("ratingForm", PortalRatingForm.blank(due));
		}
		return "portal/participant/rating";
	}

	@PostMapping("/rating")
	String rate(@AuthenticationPrincipal TandemUser user, @Valid @ModelAttribute("ratingForm") PortalRatingForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		TrajectoryFrame frame = this.own.required(user.current());
		if (!FormErrors.attempt(errors, EmployerPortalController.RATING_FIELDS,
				() -> this.ratings.rateAs(user.current(), frame, Rater.PARTICIPANT,
						(form.periodNumber() != null) ? form.periodNumber() : -1, form.score(), form.remark(),
						FormErrors.version(form.version())))) {
			Ratings.RatingDue due = this.ratings.dueFor(frame, Rater.PARTICIPANT).orElse(null);
			if (due == null) {
				redirect.addFlashAttribute("refused", "rating.notDue");
				return "redirect:/portal";
			}
			model.addAttribute("trajectory", frame);
			model.addAttribute("ratingDue", due);
			return "portal/participant/rating";
		}
		redirect.addFlashAttribute("saved", "portal.rating.saved");
		return "redirect:/portal";
	}

	@GetMapping("/support")
	String support(@AuthenticationPrincipal TandemUser user, Model model) {
		model.addAttribute("trajectory", this.own.required(user.current()));
		model.addAttribute("form", new SupportForm(""));
		return "portal/participant/support";
	}

	@PostMapping("/support")
	String requestSupport(@AuthenticationPrincipal TandemUser user, @Valid @ModelAttribute("form") SupportForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		TrajectoryFrame frame = this.own.required(user.current());
		if (!FormErrors.attempt(errors, Map.of("support.message.tooLong", "message"), () -> this.supportRequests
			.request(frame.organisationId(), frame.id(), SupportRequests.Requester.PARTICIPANT, form.message()))) {
			model.addAttribute("trajectory", frame);
			return "portal/participant/support";
		}
		redirect.addFlashAttribute("saved", "portal.support.sent");
		return "redirect:/portal";
	}

	/**
	 * "I need support now": an optional message.
	 */
	record SupportForm(@Size(max = SupportRequests.MAX_MESSAGE, message = "{portal.support.tooLong}") String message) {
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

}
