package nl.tandem.monitoring.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.identity.TandemUser;
import nl.tandem.monitoring.PhaseOutReadiness;
import nl.tandem.monitoring.Readiness;
import nl.tandem.monitoring.Signal;
import nl.tandem.monitoring.SignalKind;
import nl.tandem.monitoring.Signals;
import nl.tandem.platform.FormErrors;
import nl.tandem.platform.HomePanel;
import nl.tandem.platform.PageOf;
import nl.tandem.trajectory.Caseloads;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Signals in one place: the first of them on the home page of coaches and team leads
 * (with the trajectories ready for the phase-out for a coach), all of them on their own
 * page (open or acknowledged, per kind, a page at a time), and acknowledging one with a
 * note.
 */
@Controller
class SignalsController {

	/**
	 * How many signals the home page shows; the signals page shows all.
	 */
	static final int ON_HOME = 8;

	/**
	 * How many signals a page of the signals list shows.
	 */
	static final int PAGE_SIZE = 50;

	private final Caseloads caseloads;

	private final Signals signals;

	private final PhaseOutReadiness readiness;

	SignalsController(Caseloads caseloads, Signals signals, PhaseOutReadiness readiness) {
		this.caseloads = caseloads;
		this.signals = signals;
		this.readiness = readiness;
	}

	@Bean
	HomePanel signalsPanel() {
		return HomePanel.of(-10, "monitoring/signals :: panel",
				() -> CurrentUser.signedIn()
					.filter(user -> user.has(Role.COACH) || user.has(Role.TEAM_LEAD))
					.map(this::panel));
	}

	private Map<String, Object> panel(CurrentUser user) {
		List<Caseloads.TrajectoryRow> watched = this.caseloads.watched(user);
		List<Signal> all = this.signals.of(user, watched, true);
		List<Signal> open = all.stream().filter(s -> s.acknowledgement() == null).toList();
		List<Readiness> ready = user.has(Role.COACH)
				? this.readiness.of(user, watched).stream().filter(Readiness::ready).toList() : List.of();
		return Map.of("signals", open.stream().limit(ON_HOME).toList(), "open", open.size(), "acknowledged",
				all.size() - open.size(), "ready", ready);
	}

	/**
	 * The signals, open or acknowledged, of one kind or all, a page at a time: a team
	 * lead watches over hundreds of trajectories, and one page with every signal and its
	 * form would be long to read and slow to send.
	 */
	@GetMapping("/signals")
	String page(@AuthenticationPrincipal TandemUser user, @RequestParam(required = false) SignalKind kind,
			@RequestParam(defaultValue = "false") boolean acknowledged, @RequestParam(defaultValue = "0") int page,
			Model model) {
		List<Signal> all = this.signals.of(user.current(), true);
		List<Signal> inState = all.stream().filter(s -> (s.acknowledgement() != null) == acknowledged).toList();
		Map<SignalKind, Long> perKind = new EnumMap<>(SignalKind.class);
		inState.forEach(s -> perKind.merge(s.kind(), 1L, Long::sum));
		List<Signal> chosen = (kind == null) ? inState : inState.stream().filter(s -> s.kind() == kind).toList();
		int pages = Math.max(1, (chosen.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(0, page), pages - 1);
		int from = shown * PAGE_SIZE;
		model.addAttribute("signals", new PageOf<>(chosen.subList(from, Math.min(chosen.size(), from + PAGE_SIZE)),
				shown, PAGE_SIZE, chosen.size()));
		model.addAttribute("perKind", perKind);
		model.addAttribute("kind", kind);
		model.addAttribute("acknowledged", acknowledged);
		model.addAttribute("acknowledgedCount", all.stream().filter(s -> s.acknowledgement() != null).count());
		model.addAttribute("openCount", all.stream().filter(s -> s.acknowledgement() == null).count());
		return "monitoring/signals-page";
	}

	@PostMapping("/signals/acknowledge")
	String acknowledge(@AuthenticationPrincipal TandemUser user, @RequestParam long trajectory,
			@RequestParam SignalKind kind, @RequestParam String subject, @RequestParam(required = false) String note,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		FormErrors.act(redirect, "signal.acknowledged",
				() -> this.signals.acknowledge(user.current(), trajectory, kind, subject, note));
		return "redirect:" + Optional.ofNullable(back).filter(path -> path.equals("/signals")).orElse("/");
	}

}
