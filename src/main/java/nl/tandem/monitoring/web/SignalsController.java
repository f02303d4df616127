package nl.tandem.monitoring.web;

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
 * (with the trajectories ready for the phase-out for a coach), all of them, acknowledged
 * ones too, on their own page, and acknowledging one with a note.
 */
@Controller
class SignalsController {

	/**
	 * How many signals the home page shows; the signals page shows all.
	 */
	static final int ON_HOME = 8;

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

	@GetMapping("/signals")
	String page(@AuthenticationPrincipal TandemUser user, Model model) {
		List<Signal> all = this.signals.of(user.current(), true);
		model.addAttribute("signals", all.stream().filter(s -> s.acknowledgement() == null).toList());
		model.addAttribute("acknowledged", all.stream().filter(s -> s.acknowledgement() != null).toList());
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
