package nl.tandem.trajectory.web;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.tandem.identity.Role;
import nl.tandem.identity.TandemUser;
import nl.tandem.organisation.Staff;
import nl.tandem.participant.ParticipantDetails;
import nl.tandem.participant.ParticipantView;
import nl.tandem.platform.FormErrors;
import nl.tandem.trajectory.Caseloads;
import nl.tandem.trajectory.NewReferral;
import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.ReferrerKind;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.web.TrajectoryForms.ReferralForm;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of trajectories the user may see, with search, and the referral form that
 * opens a trajectory.
 */
@Controller
class TrajectoryListController {

	private static final Map<String, String> FIELDS = Map.of("participant.reference.taken", "reference",
			"trajectory.coach.unknown", "coachId", "trajectory.guard.coachAssignsSelf", "coachId");

	private final Caseloads caseloads;

	private final Trajectories trajectories;

	private final Staff staff;

	TrajectoryListController(Caseloads caseloads, Trajectories trajectories, Staff staff) {
		this.caseloads = caseloads;
		this.trajectories = trajectories;
		this.staff = staff;
	}

	@GetMapping("/trajectories")
	String list(@AuthenticationPrincipal TandemUser user, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Phase phase, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("phase", phase);
		model.addAttribute("phases", Phase.DISPLAY_ORDER);
		model.addAttribute("trajectories", this.caseloads.search(user.current(), q, phase, page));
		return "trajectory/list";
	}

	@GetMapping("/trajectories/new")
	String referral(@AuthenticationPrincipal TandemUser user, @RequestParam(required = false) Long participant,
			Model model) {
		if (!model.containsAttribute("referralForm")) {
			ReferralForm blank = ReferralForm.blank(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")));
			model.addAttribute("referralForm", (participant == null) ? blank : new ReferralForm(participant, null, null,
					null, null, null, null, null, null, null, null, blank.referredOn(), null, null));
		}
		if (participant != null) {
			model.addAttribute("participantName", this.trajectories.participantName(user.current(), participant));
		}
		model.addAttribute("referrerKinds", ReferrerKind.values());
		model.addAttribute("languages", ParticipantDetails.LANGUAGES);
		boolean assigns = user.roles().contains(Role.TEAM_LEAD) || user.roles().contains(Role.ADMIN);
		model.addAttribute("coaches",
				assigns ? this.staff.coaches(user.current().organisationId(), null) : java.util.List.of());
		return "trajectory/new";
	}

	@PostMapping("/trajectories")
	String refer(@AuthenticationPrincipal TandemUser user, @Valid @ModelAttribute ReferralForm referralForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (referralForm.newParticipant()) {
			if (referralForm.givenName() == null || referralForm.givenName().isBlank()) {
				errors.rejectValue("givenName", "participant.givenName.required");
			}
			if (referralForm.familyName() == null || referralForm.familyName().isBlank()) {
				errors.rejectValue("familyName", "participant.familyName.required");
			}
			if (referralForm.preferredLanguage() != null
					&& !ParticipantDetails.LANGUAGES.contains(referralForm.preferredLanguage())) {
				errors.rejectValue("preferredLanguage", "participant.language.invalid");
			}
		}
		long[] created = new long[1];
		if (!FormErrors.attempt(errors, FIELDS,
				() -> created[0] = this.trajectories.refer(user.current(),
						new NewReferral(referralForm.participantId(),
								referralForm.newParticipant() ? referralForm.participant() : null,
								referralForm.referral(), referralForm.coachId())))) {
			return referral(user, referralForm.participantId(), model);
		}
		redirect.addFlashAttribute("saved", "trajectory.referred");
		return "redirect:/trajectories/" + created[0];
	}

	@GetMapping("/participants/{id}")
	String participant(@AuthenticationPrincipal TandemUser user, @PathVariable long id, Model model) {
		model.addAttribute("history", this.trajectories.ofParticipant(user.current(), id));
		model.addAttribute("participant", this.trajectories.participant(user.current(), id));
		return "trajectory/participant";
	}

	@GetMapping("/participants/{id}/edit")
	String editParticipant(@AuthenticationPrincipal TandemUser user, @PathVariable long id, Model model) {
		ParticipantView participant = this.trajectories.participant(user.current(), id);
		if (!model.containsAttribute("participantForm")) {
			model.addAttribute("participantForm", ParticipantForm.of(participant));
		}
		model.addAttribute("participant", participant);
		model.addAttribute("languages", ParticipantDetails.LANGUAGES);
		return "trajectory/participant-edit";
	}

	@PostMapping("/participants/{id}/edit")
	String describeParticipant(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute ParticipantForm participantForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, Map.of("participant.reference.taken", "reference"),
				() -> this.trajectories.describeParticipant(user.current(), id,
						FormErrors.version(participantForm.version()), participantForm.details()))) {
			model.addAttribute("participant", this.trajectories.participant(user.current(), id));
			model.addAttribute("languages", ParticipantDetails.LANGUAGES);
			return "trajectory/participant-edit";
		}
		redirect.addFlashAttribute("saved", "participant.saved");
		return "redirect:/participants/" + id;
	}

	record ParticipantForm(
			@NotBlank(message = "{participant.givenName.required}") @Size(max = 100,
					message = "{field.too.long}") String givenName,
			@Size(max = 40, message = "{field.too.long}") String familyNamePrefix,
			@NotBlank(message = "{participant.familyName.required}") @Size(max = 100,
					message = "{field.too.long}") String familyName,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Past(
					message = "{participant.dateOfBirth.past}") LocalDate dateOfBirth,
			@Email(message = "{staff.email.invalid}") @Size(max = 254, message = "{field.too.long}") String email,
			@Size(max = 40, message = "{field.too.long}") String phone,
			@Pattern(regexp = "nl|en|fr|de|ar|tr|pl|uk|other",
					message = "{participant.language.invalid}") String preferredLanguage,
			@Size(max = 40, message = "{field.too.long}") String reference, Long version) {

		static ParticipantForm of(ParticipantView participant) {
			return new ParticipantForm(participant.givenName(), participant.familyNamePrefix(),
					participant.familyName(), participant.dateOfBirth(), participant.email(), participant.phone(),
					participant.preferredLanguage(), participant.reference(), participant.version());
		}

		ParticipantDetails details() {
			return new ParticipantDetails(this.givenName, this.familyNamePrefix, this.familyName, this.dateOfBirth,
					this.email, this.phone, this.preferredLanguage, this.reference);
		}

	}

}
