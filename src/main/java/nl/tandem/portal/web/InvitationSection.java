package nl.tandem.portal.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.tandem.employer.ContactView;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Invitations;
import nl.tandem.identity.PersonKind;
import nl.tandem.identity.PortalAccess;
import nl.tandem.participant.ParticipantView;
import nl.tandem.participant.Participants;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryDetails;
import nl.tandem.trajectory.TrajectoryFrame;
import nl.tandem.trajectory.TrajectorySection;

import org.springframework.stereotype.Component;

/**
 * Access to the portal on the trajectory page, for the trajectory's coach: the
 * participant and the active contacts of the current placement's employer, whether they
 * have an account or an open invitation, and a button to invite them (again).
 */
@Component
class InvitationSection implements TrajectorySection {

	private final Trajectories trajectories;

	private final Participants participants;

	private final Employers employers;

	private final Invitations invitations;

	InvitationSection(Trajectories trajectories, Participants participants, Employers employers,
			Invitations invitations) {
		this.trajectories = trajectories;
		this.participants = participants;
		this.employers = employers;
		this.invitations = invitations;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public String fragment() {
		return "portal/invitations :: invitations";
	}

	@Override
	public Optional<Map<String, Object>> model(CurrentUser user, TrajectoryDetails trajectory) {
		if (!InviteController.mayInvite(user, trajectory.coachId(), trajectory.phase())) {
			return Optional.empty();
		}
		TrajectoryFrame frame = this.trajectories.frame(user, trajectory.id());
		ParticipantView participant = this.participants.find(user.organisationId(), frame.participantId());
		List<ContactView> contacts = (frame.current() != null) ? this.employers.find(user, frame.current().employerId())
			.contacts()
			.stream()
			.filter(ContactView::active)
			.toList() : List.of();
		Map<String, Object> model = new HashMap<>();
		model.put("trajectory", trajectory);
		model.put("participant", participant);
		model.put("participantAccess",
				this.invitations.access(user, PersonKind.PARTICIPANT, List.of(participant.id())).get(participant.id()));
		model.put("placed", frame.current() != null);
		model.put("contacts", contacts);
		Map<Long, PortalAccess> contactAccess = this.invitations.access(user, PersonKind.EMPLOYER_CONTACT,
				contacts.stream().map(ContactView::id).toList());
		model.put("contactAccess", contactAccess);
		model.put("language", nl.tandem.identity.Invitee.languageFor(participant.preferredLanguage()));
		return Optional.of(model);
	}

}
