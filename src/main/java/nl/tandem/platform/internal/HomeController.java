package nl.tandem.platform.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.tandem.platform.HomePanel;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the panels that the modules contribute for the current user.
 */
@Controller
class HomeController {

	private final List<HomePanel> panels;

	HomeController(List<HomePanel> panels) {
		this.panels = panels.stream().sorted(Comparator.comparingInt(HomePanel::order)).toList();
	}

	@GetMapping("/")
	String home(Model model) {
		List<Shown> shown = this.panels.stream()
			.flatMap(panel -> panel.model().map(data -> new Shown(panel.fragment(), data)).stream())
			.toList();
		model.addAttribute("panels", shown);
		return "home";
	}

	record Shown(String fragment, Map<String, Object> data) {
	}

}
