package nl.tandem.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import nl.tandem.coaching.Attendee;
import nl.tandem.coaching.HeldSession;
import nl.tandem.coaching.NoteVisibility;
import nl.tandem.coaching.SessionMode;
import nl.tandem.coaching.Sessions;
import nl.tandem.identity.Accounts;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.PersonKind;
import nl.tandem.identity.Role;
import nl.tandem.participant.ParticipantDetails;
import nl.tandem.participant.ParticipantView;
import nl.tandem.plan.Actor;
import nl.tandem.plan.AttentionDomain;
import nl.tandem.plan.Goal;
import nl.tandem.plan.Party;
import nl.tandem.plan.Plans;
import nl.tandem.plan.SignOffMethod;
import nl.tandem.trajectory.Caseloads;
import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.Trajectories;

import org.springframework.stereotype.Component;

/**
 * A participant who signs in to the portal: the first active trajectory of the coach
 * Sanne (with an agreed early-warning plan and an orange zone from the warning step), a
 * session yesterday with a note shared with the participant and an action for them, and a
 * changed version of the plan that employer and coach agreed to and that waits for the
 * participant's own agreement in the portal.
 */
@Component
class ParticipantPortalDemo {

	static final String EMAIL = "mohammed@deelnemer.example";

	private final Caseloads caseloads;

	private final Trajectories trajectories;

	private final Plans plans;

	private final Sessions sessions;

	private final Accounts accounts;

	ParticipantPortalDemo(Caseloads caseloads, Trajectories trajectories, Plans plans, Sessions sessions,
			Accounts accounts) {
		this.caseloads = caseloads;
		this.trajectories = trajectories;
		this.plans = plans;
		this.sessions = sessions;
		this.accounts = accounts;
	}

	DemoData.Login create(DemoOrganisation demo, String password) {
		CurrentUser coach = demo.user("sanne");
		LocalDate today = demo.today();
		long id = this.caseloads.coachDashboard(coach).getOrDefault(Phase.ACTIVE, List.of()).get(0).id();
		long participantId = this.trajectories.details(coach, id).participantId();
		ParticipantView p = this.trajectories.participant(coach, participantId);
		this.trajectories.describeParticipant(coach, participantId, p.version(), new ParticipantDetails(p.givenName(),
				p.familyNamePrefix(), p.familyName(), p.dateOfBirth(), EMAIL, p.phone(), "nl", p.reference()));

		this.sessions.recordHeld(coach, id, new HeldSession(null, today.minusDays(1), LocalTime.of(14, 0), 45,
				SessionMode.VIDEO, Set.of(Attendee.PARTICIPANT), Set.of(AttentionDomain.WORK_PACE), List.of(),
				List.of(new HeldSession.Note("Moe na de roosterwijziging; slaapmedicatie aangepast.",
						NoteVisibility.COACH_ONLY, true),
						new HeldSession.Note(
								"We spraken af dat je deze week elke dag je pauzes neemt en het zegt als het te druk wordt.",
								NoteVisibility.SHARED_WITH_PARTICIPANT, false)),
				null, List.of(),
				List.of(new HeldSession.Action(Actor.PARTICIPANT, "Drie dagen je energie bijhouden in het dagboekje.",
						today.plusDays(5)),
						new HeldSession.Action(Actor.COACH, "Rooster bespreken met de leidinggevende.",
								today.plusDays(7))),
				false));

		int number = this.plans.startDraft(coach, id);
		var goal = this.plans.page(coach, id, number).plan().goals().get(0);
		this.plans.changeGoal(coach, id, number, version(coach, id, number), goal.key(),
				new Goal.Content(goal.goal().area(), goal.goal().kind(), goal.goal().description(), goal.goal().why(),
						"Ik meld het zelf aan mijn leidinggevende, twee keer per week.", today.plusMonths(2)));
		this.plans.propose(coach, id, number, version(coach, id, number));
		this.plans.signOff(coach, id, number, version(coach, id, number), Party.EMPLOYER, today, SignOffMethod.EMAIL);
		this.plans.signOff(coach, id, number, version(coach, id, number), Party.COACH, today, SignOffMethod.IN_PERSON);

		this.accounts.openPortal(demo.id(), PersonKind.PARTICIPANT, participantId, EMAIL, p.displayName(), "nl",
				password);
		return new DemoData.Login(participantId, EMAIL, Set.of(Role.PARTICIPANT));
	}

	private long version(CurrentUser coach, long id, int number) {
		return this.plans.page(coach, id, number).plan().version();
	}

}
