package nl.tandem.portal.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.tandem.audit.AccessLog;
import nl.tandem.coaching.NoteVisibility;
import nl.tandem.coaching.SessionMode;
import nl.tandem.coaching.SessionNote;
import nl.tandem.coaching.SessionStatus;
import nl.tandem.coaching.Sessions;
import nl.tandem.evaluation.Evaluations;
import nl.tandem.identity.CurrentUser;
import nl.tandem.monitoring.CheckIns;
import nl.tandem.monitoring.EarlyWarningPlanPage;
import nl.tandem.monitoring.EarlyWarningPlans;
import nl.tandem.monitoring.ZoneRecordView;
import nl.tandem.monitoring.Zones;
import nl.tandem.participant.ConsentRecord;
import nl.tandem.participant.Consents;
import nl.tandem.participant.ParticipantView;
import nl.tandem.participant.Participants;
import nl.tandem.plan.Actor;
import nl.tandem.plan.Agreement;
import nl.tandem.plan.GoalArea;
import nl.tandem.plan.GoalKind;
import nl.tandem.plan.GoalStatus;
import nl.tandem.plan.Party;
import nl.tandem.plan.PlanPage;
import nl.tandem.plan.PlanStatus;
import nl.tandem.plan.Plans;
import nl.tandem.plan.SignOffMethod;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything Tandem holds about the signed-in participant that they may see, for the
 * download of their data: their details and consents and, per trajectory, the plan
 * versions put to them, the sessions with the notes shared with them (never a note the
 * coach kept to themselves), the action items, the check-ins, the zones, the
 * early-warning plan in force and the evaluation. Each module is asked through its
 * participant's own path; the download itself is a line in the access log.
 */
@Component
public class OwnData {

	static final String SUBJECT = "DATA_EXPORT";

	private final Trajectories trajectories;

	private final Participants participants;

	private final Consents consents;

	private final Plans plans;

	private final Sessions sessions;

	private final CheckIns checkIns;

	private final Zones zones;

	private final EarlyWarningPlans warningPlans;

	private final Evaluations evaluations;

	private final AccessLog accessLog;

	private final Clock clock;

	OwnData(Trajectories trajectories, Participants participants, Consents consents, Plans plans, Sessions sessions,
			CheckIns checkIns, Zones zones, EarlyWarningPlans warningPlans, Evaluations evaluations,
			AccessLog accessLog, Clock clock) {
		this.trajectories = trajectories;
		this.participants = participants;
		this.consents = consents;
		this.plans = plans;
		this.sessions = sessions;
		this.checkIns = checkIns;
		this.zones = zones;
		this.warningPlans = warningPlans;
		this.evaluations = evaluations;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Export of(CurrentUser user) {
		long participantId = user.participantId()
			.orElseThrow(() -> new NotFoundException("own data", user.accountId()));
		long organisation = user.organisationId();
		ParticipantView p = this.participants.find(organisation, participantId);
		List<TrajectoryData> trajectories = this.trajectories.ownFrames(user)
			.stream()
			.map(frame -> trajectory(user, frame))
			.toList();
		this.accessLog.read(user, participantId, SUBJECT);
		return new Export(this.clock.instant(),
				new Profile(p.displayName(), p.givenName(), p.familyNamePrefix(), p.familyName(), p.dateOfBirth(),
						p.email(), p.phone(), p.preferredLanguage(), p.reference()),
				this.consents.history(organisation, participantId), trajectories);
	}

	private TrajectoryData trajectory(CurrentUser user, TrajectoryFrame frame) {
		long id = frame.id();
		List<PlanVersion> plans = this.plans.ownVersions(user, id).stream().map(OwnData::plan).toList();
		List<SessionData> sessions = this.sessions.ofOwnTrajectory(user, id)
			.stream()
			.map(s -> new SessionData(s.on(), s.status(), s.minutes(), s.mode(),
					s.notes()
						.stream()
						.filter(n -> n.visibility() != NoteVisibility.COACH_ONLY)
						.map(SessionNote::text)
						.toList()))
			.toList();
		List<ActionData> actions = this.sessions.ownActions(user, id)
			.stream()
			.map(a -> new ActionData(a.actor(), a.what(), a.dueOn(), a.doneOn()))
			.toList();
		EarlyWarningPlanPage warning = this.warningPlans.own(user, id);
		return new TrajectoryData(id, frame.phase(), frame.coachName(),
				(frame.current() != null) ? frame.current().employerName() : null,
				(frame.current() != null) ? frame.current().jobTitle() : null, plans, sessions, actions,
				this.checkIns.ownCheckIns(user, id), this.zones.ownHistory(user, id), warning.plan(),
				this.evaluations.summary(frame.organisationId(), id)
					.filter(Evaluations.Summary::completed)
					.orElse(null));
	}

	private static PlanVersion plan(PlanPage.Version v) {
		return new PlanVersion(v.number(), v.status(), v.startsOn(), v.endsOn(), v.agreedOn(),
				v.expectationParticipant(), v.expectationEmployer(), v.expectationCoach(),
				v.goals()
					.stream()
					.map(g -> new GoalData(g.goal().description(), g.goal().why(), g.goal().area(), g.goal().kind(),
							g.status(), g.score(),
							g.history().stream().map(h -> new Score(h.at(), h.status(), h.score())).toList()))
					.toList(),
				v.agreements(),
				v.signOffs().stream().map(s -> new SignOffData(s.party(), s.agreedOn(), s.how())).toList());
	}

	/**
	 * The participant's data as it is downloaded.
	 */
	public record Export(Instant exportedAt, Profile profile, List<ConsentRecord> consents,
			List<TrajectoryData> trajectories) {
	}

	public record Profile(String name, String givenName, String familyNamePrefix, String familyName,
			LocalDate dateOfBirth, String email, String phone, String preferredLanguage, String reference) {
	}

	public record TrajectoryData(long id, Phase phase, String coach, String employer, String jobTitle,
			List<PlanVersion> plans, List<SessionData> sessions, List<ActionData> actions,
			CheckIns.OwnCheckIns checkIns, List<ZoneRecordView> zones, EarlyWarningPlanPage.Version earlyWarningPlan,
			Evaluations.Summary evaluation) {
	}

	public record PlanVersion(int number, PlanStatus status, LocalDate startsOn, LocalDate endsOn, LocalDate agreedOn,
			String expectationParticipant, String expectationEmployer, String expectationCoach, List<GoalData> goals,
			List<Agreement> agreements, List<SignOffData> signOffs) {
	}

	public record GoalData(String description, String why, GoalArea area, GoalKind kind, GoalStatus status,
			Integer score, List<Score> history) {
	}

	public record Score(Instant at, GoalStatus status, Integer score) {
	}

	public record SignOffData(Party party, LocalDate agreedOn, SignOffMethod how) {
	}

	public record SessionData(LocalDate on, SessionStatus status, int minutes, SessionMode mode, List<String> notes) {
	}

	public record ActionData(Actor actor, String what, LocalDate dueOn, LocalDate doneOn) {
	}

}
