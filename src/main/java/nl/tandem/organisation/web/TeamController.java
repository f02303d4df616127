package nl.tandem.organisation.web;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.tandem.identity.TandemUser;
import nl.tandem.organisation.Organisations;
import nl.tandem.organisation.TeamView;
import nl.tandem.platform.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Teams of the organisation: list, form a team, rename a team.
 */
@Controller
@RequestMapping("/admin/teams")
class TeamController {

	private static final Map<String, String> FIELDS = Map.of("team.name.taken", "name");

	private final Organisations organisations;

	TeamController(Organisations organisations) {
		this.organisations = organisations;
	}

	@GetMapping
	String list(@AuthenticationPrincipal TandemUser user, Model model) {
		model.addAttribute("teams", this.organisations.teams(user.current()));
		if (!model.containsAttribute("teamForm")) {
			model.addAttribute("teamForm", new TeamForm("", null));
		}
		return "organisation/teams";
	}

	@PostMapping
	String form(@AuthenticationPrincipal TandemUser user, @Valid @ModelAttribute TeamForm teamForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, FIELDS, () -> this.organisations.formTeam(user.current(), teamForm.name()))) {
			return list(user, model);
		}
		redirect.addFlashAttribute("saved", "team.created");
		return "redirect:/admin/teams";
	}

	@GetMapping("/{id}")
	String edit(@AuthenticationPrincipal TandemUser user, @PathVariable long id, Model model) {
		TeamView team = this.organisations.team(user.current(), id);
		model.addAttribute("team", team);
		if (!model.containsAttribute("teamForm")) {
			model.addAttribute("teamForm", new TeamForm(team.name(), team.version()));
		}
		return "organisation/team";
	}

	@PostMapping("/{id}")
	String rename(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute TeamForm teamForm, BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, FIELDS, () -> this.organisations.renameTeam(user.current(), id, teamForm.name(),
				FormErrors.version(teamForm.version())))) {
			model.addAttribute("team", this.organisations.team(user.current(), id));
			return "organisation/team";
		}
		redirect.addFlashAttribute("saved", "team.saved");
		return "redirect:/admin/teams";
	}

	record TeamForm(
			@NotBlank(message = "{team.name.required}") @Size(max = 120, message = "{field.too.long}") String name,
			Long version) {
	}

}
