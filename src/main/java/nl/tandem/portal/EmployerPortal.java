package nl.tandem.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import nl.tandem.audit.AccessLog;
import nl.tandem.coaching.NoteVisibility;
import nl.tandem.coaching.SessionNote;
import nl.tandem.coaching.SessionStatus;
import nl.tandem.coaching.Sessions;
import nl.tandem.employer.ContactView;
import nl.tandem.employer.Country;
import nl.tandem.employer.EmployerView;
import nl.tandem.employer.Employers;
import nl.tandem.employer.SchemeText;
import nl.tandem.employer.Schemes;
import nl.tandem.evaluation.Evaluations;
import nl.tandem.evaluation.Rater;
import nl.tandem.evaluation.Ratings;
import nl.tandem.identity.CurrentUser;
import nl.tandem.monitoring.SupportRequests;
import nl.tandem.participant.ConsentCategory;
import nl.tandem.participant.ConsentRecord;
import nl.tandem.participant.Consents;
import nl.tandem.participant.Participants;
import nl.tandem.plan.Schedules;
import nl.tandem.plan.SharedPlans;
import nl.tandem.plan.SharedPlans.SharedPlan;
import nl.tandem.plan.SharedPlans.Sharing;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.EmployerPlacements;
import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an employer contact sees in the portal of the employees being coached: their first
 * name and phase, the agreements of the employer's side, the parts of the plan the
 * participant shares, the summaries of sessions meant for the employer, the coaching
 * planned ahead and the satisfaction rating when it is due.
 * <p>
 * The participant's consents are read afresh on every request, and what they do not cover
 * is never queried: a withdrawn consent holds from the next page on. Every read of a
 * shared part of the plan or of session summaries is in the access log, so the privacy
 * officer and the participant see who read what.
 */
@Service
@Transactional
public class EmployerPortal {

	/**
	 * How many weeks ahead the planned coaching is shown.
	 */
	static final int WEEKS_AHEAD = 8;

	/**
	 * How many of the latest sessions are shown.
	 */
	static final int SESSIONS = 20;

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final EmployerPlacements placements;

	private final Employers employers;

	private final Participants participants;

	private final Consents consents;

	private final SharedPlans plans;

	private final Sessions sessions;

	private final Schedules schedules;

	private final Ratings ratings;

	private final Evaluations evaluations;

	private final Schemes schemes;

	private final AccessLog accessLog;

	private final SupportRequests supportRequests;

	private final Clock clock;

	EmployerPortal(EmployerPlacements placements, Employers employers, Participants participants, Consents consents,
			SharedPlans plans, Sessions sessions, Schedules schedules, Ratings ratings, Evaluations evaluations,
			Schemes schemes, AccessLog accessLog, SupportRequests supportRequests, Clock clock) {
		this.supportRequests = supportRequests;
		this.placements = placements;
		this.employers = employers;
		this.participants = participants;
		this.consents = consents;
		this.plans = plans;
		this.sessions = sessions;
		this.schedules = schedules;
		this.ratings = ratings;
		this.evaluations = evaluations;
		this.schemes = schemes;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/**
	 * An employee as the list shows them: first name and phase, nothing more.
	 */
	public record Employee(long trajectoryId, String givenName, Phase phase, String jobTitle) {
	}

	/**
	 * The employer the contact speaks for, with the employees being coached there.
	 */
	public record Overview(String contactName, String employerName, List<Employee> employees) {
	}

	/**
	 * A session summary meant for the employer.
	 */
	public record Summary(LocalDate on, String summary, List<String> notes) {
	}

	/**
	 * A planned coaching moment ahead.
	 */
	public record Upcoming(LocalDate on, int minutes) {
	}

	/**
	 * Everything the employee's page shows. Parts the participant does not share are
	 * empty (or null): they were not read.
	 */
	public record EmployeePage(Employee employee, SharedPlan agreed, SharedPlan proposed, Sharing sharing,
			boolean sharesSummaries, List<Summary> summaries, List<Upcoming> upcoming, Ratings.RatingDue rating,
			Evaluations.EmployerPart evaluation, String coachName) {
	}

	/**
	 * The contact's employer and its employees being coached.
	 */
	@Transactional(readOnly = true)
	public Overview overview(CurrentUser user) {
		ContactView contact = this.placements.contact(user)
			.orElseThrow(() -> new NotFoundException("employer contact", user.accountId()));
		String employerName = this.employers.names(user.organisationId(), List.of(contact.employerId()))
			.get(contact.employerId());
		List<Employee> employees = this.placements.ofContact(user).stream().map(this::employee).toList();
		return new Overview(contact.displayName(), employerName, employees);
	}

	/**
	 * The frame of one employee's trajectory; "not found" unless the employee works at
	 * the contact's employer now.
	 */
	@Transactional(readOnly = true)
	public TrajectoryFrame frame(CurrentUser user, long trajectoryId) {
		return this.placements.ofContact(user, trajectoryId);
	}

	/**
	 * The page of one employee, with only what the participant shares now.
	 */
	public EmployeePage employee(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = frame(user, trajectoryId);
		Sharing sharing = sharing(frame);
		SharedPlan agreed = this.plans.agreed(frame, sharing).orElse(null);
		SharedPlan proposed = this.plans.proposed(frame, sharing).orElse(null);
		logPlanReads(user, frame, sharing, agreed != null || proposed != null);
		boolean sharesSummaries = this.consents.shares(frame.organisationId(), frame.participantId(),
				ConsentCategory.EMPLOYER_SESSION_SUMMARIES);
		List<Summary> summaries = sharesSummaries ? summaries(user, frame) : List.of();
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		List<Upcoming> upcoming = this.schedules
			.plannedBetween(frame.organisationId(), List.of(frame.id()), today, today.plusWeeks(WEEKS_AHEAD))
			.stream()
			.map(planned -> new Upcoming(planned.on(), planned.minutes()))
			.toList();
		return new EmployeePage(employee(frame), agreed, proposed, sharing, sharesSummaries, summaries, upcoming,
				this.ratings.dueFor(frame, Rater.EMPLOYER).orElse(null),
				this.evaluations.employerPart(frame).orElse(null), frame.coachName());
	}

	/**
	 * The proposed version the employer is asked to agree to, with only what the
	 * participant shares; "not found" when no version is proposed under that number.
	 */
	public SharedPlan proposal(CurrentUser user, long trajectoryId, int number) {
		TrajectoryFrame frame = frame(user, trajectoryId);
		Sharing sharing = sharing(frame);
		SharedPlan proposed = this.plans.proposed(frame, sharing)
			.filter(plan -> plan.number() == number)
			.orElseThrow(() -> new NotFoundException("plan", number));
		logPlanReads(user, frame, sharing, true);
		return proposed;
	}

	/**
	 * Asks the employee's coach to get in touch: an open signal for the coach until the
	 * coach acknowledges it. The message is optional.
	 */
	public void requestContact(CurrentUser user, long trajectoryId, String message) {
		TrajectoryFrame frame = frame(user, trajectoryId);
		this.supportRequests.request(frame.organisationId(), frame.id(), SupportRequests.Requester.EMPLOYER_CONTACT,
				message);
	}

	/**
	 * The first name of an employee, for headings.
	 */
	@Transactional(readOnly = true)
	public Employee employee(TrajectoryFrame frame) {
		return new Employee(frame.id(),
				this.participants.find(frame.organisationId(), frame.participantId()).givenName(), frame.phase(),
				(frame.current() != null) ? frame.current().jobTitle() : null);
	}

	/**
	 * The information on the schemes of the country of the contact's employer, in the
	 * language asked for.
	 */
	public List<SchemeText> schemes(CurrentUser user, String language) {
		ContactView contact = this.placements.contact(user)
			.orElseThrow(() -> new NotFoundException("employer contact", user.accountId()));
		Country country = this.employers.country(user.organisationId(), contact.employerId());
		return this.schemes.forCountry(user.organisationId(), country, language);
	}

	/**
	 * What of the plan the participant shares with the employer at this moment.
	 */
	private Sharing sharing(TrajectoryFrame frame) {
		Map<ConsentCategory, ConsentRecord> current = this.consents.current(frame.organisationId(),
				frame.participantId());
		return new Sharing(current.containsKey(ConsentCategory.EMPLOYER_PLAN_GOALS),
				current.containsKey(ConsentCategory.EMPLOYER_PROGRESS),
				current.containsKey(ConsentCategory.EMPLOYER_AGREEMENTS));
	}

	/**
	 * The held sessions with a summary for the employer or notes shared with the
	 * employer: read through the employer's reader, which leaves out every other note and
	 * all goal work; a sensitive note can never be shared with the employer, and is left
	 * out here once more.
	 */
	private List<Summary> summaries(CurrentUser user, TrajectoryFrame frame) {
		List<Summary> summaries = this.sessions
			.read(frame.organisationId(), frame.id(), NoteVisibility.Reader.EMPLOYER, SESSIONS)
			.stream()
			.filter(session -> session.status() == SessionStatus.HELD)
			.map(session -> new Summary(session.on(), blankToNull(session.employerSummary()),
					session.notes()
						.stream()
						.filter(note -> note.visibility() == NoteVisibility.SHARED_WITH_EMPLOYER && !note.sensitive())
						.map(SessionNote::text)
						.toList()))
			.filter(summary -> summary.summary() != null || !summary.notes().isEmpty())
			.toList();
		this.accessLog.read(user, frame.participantId(), "EMPLOYER_SESSION_SUMMARIES");
		return summaries;
	}

	private void logPlanReads(CurrentUser user, TrajectoryFrame frame, Sharing sharing, boolean planRead) {
		if (!planRead) {
			return;
		}
		this.accessLog.read(user, frame.participantId(), "EMPLOYER_PLAN_AGREEMENTS");
		if (sharing.goals()) {
			this.accessLog.read(user, frame.participantId(), "EMPLOYER_PLAN_GOALS");
		}
		if (sharing.progress()) {
			this.accessLog.read(user, frame.participantId(), "EMPLOYER_PROGRESS");
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
