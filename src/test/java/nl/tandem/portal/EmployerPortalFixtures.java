package nl.tandem.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.coaching.Attendee;
import nl.tandem.coaching.HeldSession;
import nl.tandem.coaching.NoteVisibility;
import nl.tandem.coaching.SessionMode;
import nl.tandem.coaching.Sessions;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Invitations;
import nl.tandem.identity.Invitee;
import nl.tandem.identity.PersonKind;
import nl.tandem.identity.Role;
import nl.tandem.participant.ConsentCategory;
import nl.tandem.participant.ConsentMethod;
import nl.tandem.participant.ConsentRecord;
import nl.tandem.participant.Consents;
import nl.tandem.plan.Actor;
import nl.tandem.plan.Goal;
import nl.tandem.plan.GoalArea;
import nl.tandem.plan.GoalKind;
import nl.tandem.plan.GoalStatus;
import nl.tandem.plan.Party;
import nl.tandem.plan.Plans;
import nl.tandem.plan.SignOffMethod;
import nl.tandem.platform.Mails;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An employee being coached at an employer whose contact has a portal account, with a
 * plan that has something of every kind (a goal with progress, agreements of the
 * employer's side, of the participant and of the network) and a session with a summary
 * for the employer, a note shared with the employer, a coach-only note and a sensitive
 * note. What the employer may see of it depends on the consents the tests give.
 */
public record EmployerPortalFixtures(Trajectories trajectories, Employers employers, Plans plans, Sessions sessions,
		Consents consents, Invitations invitations, Mails mails, JdbcClient jdbc) {

	public static final String PASSWORD = "wachtwoord van de werkgever";

	public static final String GOAL = "Leren aangeven wanneer het te druk wordt";

	public static final String EMPLOYER_AGREEMENT = "Petra is het vaste aanspreekpunt op de werkvloer";

	public static final String PARTICIPANT_AGREEMENT = "Mila meldt zich bij Petra als de planning verandert";

	public static final String NETWORK_AGREEMENT = "Haar zus helpt met de reis naar het werk";

	public static final String SUMMARY = "Het inwerken gaat goed; de planning wordt nu per week gemaakt";

	public static final String SHARED_NOTE = "Gedeeld met de werkgever: pauzes op vaste tijden";

	public static final String COACH_ONLY_NOTE = "Alleen voor de coach: twijfelt over het contract";

	public static final String SENSITIVE_NOTE = "Gevoelig: slaapt slecht door nieuwe medicatie";

	public static final LocalDate TODAY = TrajectoryFixtures.TODAY;

	/**
	 * An employee being coached, active with an agreed plan, and the portal account of a
	 * contact of the employer.
	 */
	public Employee employee(TestOrganisation organisation, String given) {
		Employee employee = placed(organisation, given);
		CurrentUser coach = organisation.coach().user();
		int number = draftPlan(coach, employee.id());
		for (Party party : Party.values()) {
			this.plans.signOff(coach, employee.id(), number, planVersion(coach, employee.id()), party, TODAY,
					SignOffMethod.IN_PERSON);
		}
		this.trajectories.activate(coach, employee.id(), this.trajectories.details(coach, employee.id()).version());
		var goal = this.plans.page(coach, employee.id(), null).plan().goals().get(0).key();
		this.plans.recordProgress(coach, employee.id(), goal, GoalStatus.IN_PROGRESS, 6, "Notitie van de coach");
		this.sessions.recordHeld(coach, employee.id(),
				new HeldSession(null, TODAY, null, 60, SessionMode.WORKPLACE,
						Set.of(Attendee.PARTICIPANT, Attendee.SUPERVISOR), Set.of(), List.of(),
						List.of(new HeldSession.Note(SHARED_NOTE, NoteVisibility.SHARED_WITH_EMPLOYER, false),
								new HeldSession.Note(COACH_ONLY_NOTE, NoteVisibility.COACH_ONLY, false),
								new HeldSession.Note(SENSITIVE_NOTE, NoteVisibility.SHARED_WITH_PARTICIPANT, true)),
						SUMMARY, List.of(), List.of(), false));
		return employee;
	}

	/**
	 * An employee in planning, placed at an employer whose contact has a portal account;
	 * no plan yet.
	 */
	public Employee placed(TestOrganisation organisation, String given) {
		PortalFixtures.Placed placed = new PortalFixtures(this.trajectories, this.employers, this.plans)
			.placed(organisation, given, "Werknemer", "nl");
		CurrentUser contact = account(organisation, placed.contactId(), placed.contactEmail(), "Joost Werkgever");
		return new Employee(placed.id(), placed.participantId(), placed.employerId(), contact, placed.contactEmail());
	}

	/**
	 * A draft plan with a goal and agreements of every side, proposed.
	 * @return the number of the version
	 */
	public int draftPlan(CurrentUser coach, long id) {
		int number = this.plans.startDraft(coach, id);
		this.plans.describe(coach, id, number, planVersion(coach, id), TODAY, TODAY.plusMonths(6), null,
				"Een medewerker die zelfstandig de winkel opent", null);
		this.plans.addGoal(coach, id, number, planVersion(coach, id),
				new Goal.Content(GoalArea.WORK, GoalKind.LEARNING, GOAL, null, null, null));
		this.plans.addAgreement(coach, id, number, planVersion(coach, id), Actor.SUPERVISOR, EMPLOYER_AGREEMENT,
				TODAY.plusWeeks(2));
		this.plans.addAgreement(coach, id, number, planVersion(coach, id), Actor.PARTICIPANT, PARTICIPANT_AGREEMENT,
				null);
		this.plans.addAgreement(coach, id, number, planVersion(coach, id), Actor.NETWORK, NETWORK_AGREEMENT, null);
		this.plans.propose(coach, id, number, planVersion(coach, id));
		return number;
	}

	public long planVersion(CurrentUser coach, long id) {
		return this.plans.page(coach, id, null).plan().version();
	}

	/**
	 * Opens the portal account of an employer contact through an invitation, as the coach
	 * would.
	 */
	public CurrentUser account(TestOrganisation organisation, long contactId, String email, String name) {
		this.invitations.invite(organisation.coach().user(),
				new Invitee(PersonKind.EMPLOYER_CONTACT, contactId, email, name, "nl"), "http://localhost");
		this.invitations.accept(PortalFixtures.tokenMailedTo(this.mails, organisation.id(), email), PASSWORD);
		long account = this.jdbc.sql("select id from account where email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
		return new CurrentUser(account, organisation.id(), contactId, name, Set.of(Role.EMPLOYER_CONTACT));
	}

	public void give(Fixtures.Member coach, long participantId, ConsentCategory... categories) {
		for (ConsentCategory category : categories) {
			this.consents.give(coach.user(), participantId, category, TODAY, ConsentMethod.IN_PERSON);
		}
	}

	public void withdraw(Fixtures.Member coach, long participantId, ConsentCategory category) {
		ConsentRecord consent = this.consents.current(coach.user().organisationId(), participantId).get(category);
		this.consents.withdraw(coach.user(), participantId, consent.id(), consent.version(), TODAY,
				ConsentMethod.IN_PERSON);
	}

	/**
	 * An employee being coached and the employer contact who signs in to see them.
	 */
	public record Employee(long id, long participantId, long employerId, CurrentUser contact, String contactEmail) {
	}

}
