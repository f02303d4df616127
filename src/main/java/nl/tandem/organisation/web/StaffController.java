package nl.tandem.organisation.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.tandem.identity.Role;
import nl.tandem.identity.TandemUser;
import nl.tandem.identity.TwoFactor;
import nl.tandem.organisation.Organisations;
import nl.tandem.organisation.Staff;
import nl.tandem.organisation.StaffDetails;
import nl.tandem.organisation.StaffProfile;
import nl.tandem.platform.FormErrors;

import org.springframework.format.annotation.DateTimeFormat;
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
 * The administrator's staff pages: the list, registering a colleague, editing details and
 * roles, certificates, deactivation, password resets and resets of two-step sign-in.
 */
@Controller
@RequestMapping("/admin/staff")
class StaffController {

	private static final Map<String, String> FIELDS = Map.of("account.email.taken", "email", "staff.team.unknown",
			"teamId", "staff.roles.required", "roles", "staff.admin.self", "roles");

	private final Staff staff;

	private final Organisations organisations;

	private final TwoFactor twoFactor;

	StaffController(Staff staff, Organisations organisations, TwoFactor twoFactor) {
		this.staff = staff;
		this.organisations = organisations;
		this.twoFactor = twoFactor;
	}

	@GetMapping
	String list(@AuthenticationPrincipal TandemUser user, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("staff", this.staff.list(user.current(), q, page));
		return "organisation/staff-list";
	}

	@GetMapping("/new")
	String registration(@AuthenticationPrincipal TandemUser user, Model model) {
		if (!model.containsAttribute("staffForm")) {
			model.addAttribute("staffForm", StaffForm.blank());
		}
		model.addAttribute("teams", this.organisations.teams(user.current()));
		model.addAttribute("allRoles", Role.STAFF);
		return "organisation/staff-new";
	}

	@PostMapping
	String register(@AuthenticationPrincipal TandemUser user, @Valid @ModelAttribute StaffForm staffForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Staff.Registered[] registered = new Staff.Registered[1];
		if (!FormErrors.attempt(errors, FIELDS,
				() -> registered[0] = this.staff.register(user.current(), staffForm.details()))) {
			return registration(user, model);
		}
		redirect.addFlashAttribute("temporaryPassword", registered[0].temporaryPassword());
		redirect.addFlashAttribute("saved", "staff.created");
		return "redirect:/admin/staff/" + registered[0].id();
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal TandemUser user, @PathVariable long id, Model model) {
		StaffProfile profile = this.staff.profile(user.current(), id);
		model.addAttribute("member", profile);
		if (!model.containsAttribute("staffForm")) {
			model.addAttribute("staffForm", StaffForm.of(profile));
		}
		if (!model.containsAttribute("certificateForm")) {
			model.addAttribute("certificateForm", new CertificateForm("Register Jobcoach (Noloc)", "", null));
		}
		model.addAttribute("teams", this.organisations.teams(user.current()));
		model.addAttribute("allRoles", Role.STAFF);
		return "organisation/staff-member";
	}

	@PostMapping("/{id}")
	String describe(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute StaffForm staffForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, FIELDS, () -> this.staff.describe(user.current(), id,
				FormErrors.version(staffForm.version()), staffForm.details()))) {
			return show(user, id, model);
		}
		redirect.addFlashAttribute("saved", "staff.saved");
		return "redirect:/admin/staff/" + id;
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@AuthenticationPrincipal TandemUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, id, "staff.deactivated", () -> this.staff.deactivate(user.current(), id));
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@AuthenticationPrincipal TandemUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, id, "staff.reactivated", () -> this.staff.reactivate(user.current(), id));
	}

	@PostMapping("/{id}/password")
	String resetPassword(@AuthenticationPrincipal TandemUser user, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("temporaryPassword", this.staff.resetPassword(user.current(), id));
		redirect.addFlashAttribute("saved", "staff.password.reset");
		return "redirect:/admin/staff/" + id;
	}

	@PostMapping("/{id}/two-factor")
	String resetTwoFactor(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			RedirectAttributes redirect) {
		return act(redirect, id, "twofactor.reset.done", () -> this.twoFactor.reset(user.current(), id));
	}

	@PostMapping("/{id}/certificates")
	String certify(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute CertificateForm certificateForm, BindingResult errors, @RequestParam long version,
			Model model, RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, Map.of(), () -> this.staff.certify(user.current(), id, version,
				certificateForm.name(), certificateForm.registrationNumber(), certificateForm.validUntil()))) {
			return show(user, id, model);
		}
		redirect.addFlashAttribute("saved", "certificate.added");
		return "redirect:/admin/staff/" + id + "#certificates";
	}

	@PostMapping("/{id}/certificates/{position}/delete")
	String withdraw(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int position,
			@RequestParam long version, RedirectAttributes redirect) {
		return act(redirect, id, "certificate.removed",
				() -> this.staff.withdrawCertificate(user.current(), id, version, position));
	}

	private String act(RedirectAttributes redirect, long id, String done, Runnable action) {
		BindingResult result = new org.springframework.validation.BeanPropertyBindingResult(id, "action");
		if (FormErrors.attempt(result, Map.of(), action)) {
			redirect.addFlashAttribute("saved", done);
		}
		else {
			redirect.addFlashAttribute("refused", result.getGlobalError().getCode());
		}
		return "redirect:/admin/staff/" + id;
	}

	record StaffForm(
			@NotBlank(message = "{staff.givenName.required}") @Size(max = 100,
					message = "{field.too.long}") String givenName,
			@Size(max = 40, message = "{field.too.long}") String familyNamePrefix,
			@NotBlank(message = "{staff.familyName.required}") @Size(max = 100,
					message = "{field.too.long}") String familyName,
			@NotBlank(message = "{staff.email.required}") @Email(message = "{staff.email.invalid}") @Size(max = 254,
					message = "{field.too.long}") String email,
			@Size(max = 40, message = "{field.too.long}") String phone, Long teamId,
			@NotEmpty(message = "{staff.roles.required}") Set<Role> roles,
			@Pattern(regexp = "nl|en", message = "{profile.language.invalid}") String language, Long version) {

		static StaffForm blank() {
			return new StaffForm("", "", "", "", "", null, EnumSet.of(Role.COACH), "nl", null);
		}

		static StaffForm of(StaffProfile profile) {
			return new StaffForm(profile.givenName(), profile.familyNamePrefix(), profile.familyName(), profile.email(),
					profile.phone(), profile.teamId(), profile.roles(), profile.language(), profile.version());
		}

		StaffDetails details() {
			return new StaffDetails(this.givenName, this.familyNamePrefix, this.familyName, this.email, this.phone,
					this.teamId, this.roles, this.language);
		}

	}

	record CertificateForm(
			@NotBlank(message = "{certificate.name.required}") @Size(max = 120,
					message = "{field.too.long}") String name,
			@Size(max = 60, message = "{field.too.long}") String registrationNumber,
			@NotNull(message = "{certificate.validUntil.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate validUntil) {
	}

}
