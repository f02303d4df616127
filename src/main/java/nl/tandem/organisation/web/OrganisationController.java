package nl.tandem.organisation.web;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.tandem.identity.TandemUser;
import nl.tandem.identity.TwoFactor;
import nl.tandem.organisation.OrganisationView;
import nl.tandem.organisation.Organisations;
import nl.tandem.platform.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the organisation itself.
 */
@Controller
@RequestMapping("/admin/organisation")
class OrganisationController {

	private final Organisations organisations;

	private final TwoFactor twoFactor;

	OrganisationController(Organisations organisations, TwoFactor twoFactor) {
		this.organisations = organisations;
		this.twoFactor = twoFactor;
	}

	@GetMapping
	String show(@AuthenticationPrincipal TandemUser user, Model model) {
		OrganisationView organisation = this.organisations.current(user.current());
		if (!model.containsAttribute("organisationForm")) {
			model.addAttribute("organisationForm", new OrganisationForm(organisation.name(), organisation.version()));
		}
		if (!model.containsAttribute("retentionForm")) {
			model.addAttribute("retentionForm",
					new RetentionForm(organisation.retentionYears(), organisation.version()));
		}
		model.addAttribute("teams", this.organisations.teams(user.current()));
		model.addAttribute("twoFactorPolicy", this.twoFactor.policy(user.current()));
		return "organisation/organisation";
	}

	/**
	 * Whether all staff must sign in in two steps (privacy officers always must).
	 */
	@PostMapping("/two-factor")
	String twoFactor(@AuthenticationPrincipal TandemUser user, @RequestParam(defaultValue = "false") boolean required,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		FormErrors.act(redirect, "twofactor.policy.saved",
				() -> this.twoFactor.requireForStaff(user.current(), required, FormErrors.version(version)));
		return "redirect:/admin/organisation";
	}

	@PostMapping
	String rename(@AuthenticationPrincipal TandemUser user, @Valid @ModelAttribute OrganisationForm organisationForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		boolean saved = FormErrors.attempt(errors, Map.of(), () -> this.organisations.rename(user.current(),
				organisationForm.name(), FormErrors.version(organisationForm.version())));
		if (!saved) {
			return show(user, model);
		}
		redirect.addFlashAttribute("saved", "organisation.saved");
		return "redirect:/admin/organisation";
	}

	@PostMapping("/retention")
	String keepFilesFor(@AuthenticationPrincipal TandemUser user, @Valid @ModelAttribute RetentionForm retentionForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		boolean saved = FormErrors.attempt(errors, Map.of("organisation.retention.range", "years"),
				() -> this.organisations.keepFilesFor(user.current(), retentionForm.years(),
						FormErrors.version(retentionForm.version())));
		if (!saved) {
			return show(user, model);
		}
		redirect.addFlashAttribute("saved", "organisation.retention.saved");
		return "redirect:/admin/organisation";
	}

	record RetentionForm(@NotNull(message = "{organisation.retention.required}") @Min(value = 1,
			message = "{organisation.retention.range}") @Max(value = 20,
					message = "{organisation.retention.range}") Integer years,
			Long version) {
	}

	record OrganisationForm(@NotBlank(message = "{organisation.name.required}") @Size(max = 200,
			message = "{field.too.long}") String name, Long version) {
	}

}
