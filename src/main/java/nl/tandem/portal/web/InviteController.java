package nl.tandem.portal.web;

import java.util.Objects;

import nl.tandem.employer.ContactView;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Invitations;
import nl.tandem.identity.Invitee;
import nl.tandem.identity.PersonKind;
import nl.tandem.identity.TandemUser;
import nl.tandem.participant.ParticipantView;
import nl.tandem.participant.Participants;
import nl.tandem.platform.FormErrors;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.mail.MailException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The coach of a trajectory invites its participant, or a contact person of the employer
 * where the participant is placed now, to the portal. Anyone else is refused; a person
 * who does not belong to the trajectory is "not found".
 */
@Controller
@RequestMapping("/trajectories/{id}/invitations")
class InviteController {

	private final Trajectories trajectories;

	private final Participants participants;

	private final Employers employers;

	private final Invitations invitations;

	InviteController(Trajectories trajectories, Participants participants, Employers employers,
			Invitations invitations) {
		this.trajectories = trajectories;
		this.participants = participants;
		this.employers = employers;
		this.invitations = invitations;
	}

	@PostMapping("/participant")
	String participant(@AuthenticationPrincipal TandemUser user, @PathVariable long id, RedirectAttributes redirect) {
		TrajectoryFrame frame = coachFrame(user.current(), id);
		ParticipantView participant = this.participants.find(user.current().organisationId(), frame.participantId());
		invite(user.current(), new Invitee(PersonKind.PARTICIPANT, participant.id(), participant.email(),
				participant.displayName(), Invitee.languageFor(participant.preferredLanguage())), redirect);
		return "redirect:/trajectories/" + id + "#invitations";
	}

	@PostMapping("/contacts/{contact}")
	String contact(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable long contact,
			@RequestParam(defaultValue = "nl") String language, RedirectAttributes redirect) {
		TrajectoryFrame frame = coachFrame(user.current(), id);
		ContactView person = this.employers.contact(user.current().organisationId(), contact)
			.filter(c -> c.active() && frame.current() != null && c.employerId() == frame.current().employerId())
			.orElseThrow(() -> new NotFoundException("contact", contact));
		invite(user.current(),
				new Invitee(PersonKind.EMPLOYER_CONTACT, person.id(), person.email(), person.displayName(), language),
				redirect);
		return "redirect:/trajectories/" + id + "#invitations";
	}

	private void invite(CurrentUser user, Invitee invitee, RedirectAttributes redirect) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		try {
			FormErrors.act(redirect, "invitation.sent", () -> this.invitations.invite(user, invitee, base));
		}
		catch (MailException ex) {
			redirect.addFlashAttribute("refused", "invitation.mail.failed");
		}
	}

	private TrajectoryFrame coachFrame(CurrentUser user, long id) {
		TrajectoryFrame frame = this.trajectories.frame(user, id);
		if (!mayInvite(user, frame.coachId(), frame.phase())) {
			throw new AccessDeniedException("Only the trajectory's coach invites");
		}
		return frame;
	}

	/**
	 * Only the coach of a trajectory that is not closed invites its people.
	 */
	static boolean mayInvite(CurrentUser user, Long coachId, Phase phase) {
		return coachId != null && Objects.equals(coachId, user.personId()) && phase != Phase.CLOSED
				&& !user.isPortalUser();
	}

}
