package nl.tandem.trajectory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import nl.tandem.employer.Employers;
import nl.tandem.identity.Accounts;
import nl.tandem.identity.CurrentUser;
import nl.tandem.organisation.Staff;
import nl.tandem.participant.IntakeContent;
import nl.tandem.participant.IntakeView;
import nl.tandem.participant.Intakes;
import nl.tandem.participant.ParticipantDetails;
import nl.tandem.participant.ParticipantView;
import nl.tandem.participant.Participants;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.Trajectory.Staffing;
import nl.tandem.trajectory.Trajectory.Step;
import nl.tandem.trajectory.TrajectoryDetails.Action;
import nl.tandem.trajectory.TrajectoryDetails.TimelineEntry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trajectories: referral, the steps of the lifecycle, coach assignment, placements,
 * funding, context events, intake and workplace assessment. Every method checks who may
 * do it (see {@link TrajectoryAccess}) and, for changes, that the trajectory was not
 * changed since the user opened it.
 */
@Service
@Transactional
public class Trajectories {

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final TrajectoryRepository trajectories;

	private final WorkplaceAssessmentRepository assessments;

	private final TrajectoryAccess access;

	private final Participants participants;

	private final Intakes intakes;

	private final Employers employers;

	private final Staff staff;

	private final Accounts accounts;

	private final FunderRules funderRules;

	private final PlanGate planGate;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final List<TimelineSource> timelineSources;

	private final List<EvaluationGate> evaluationGates;

	Trajectories(TrajectoryRepository trajectories, WorkplaceAssessmentRepository assessments, TrajectoryAccess access,
			Participants participants, Intakes intakes, Employers employers, Staff staff, Accounts accounts,
			FunderRules funderRules, PlanGate planGate, ApplicationEventPublisher events, Clock clock,
			List<TimelineSource> timelineSources, List<EvaluationGate> evaluationGates) {
		this.timelineSources = timelineSources;
		this.evaluationGates = evaluationGates;
		this.trajectories = trajectories;
		this.assessments = assessments;
		this.access = access;
		this.participants = participants;
		this.intakes = intakes;
		this.employers = employers;
		this.staff = staff;
		this.accounts = accounts;
		this.funderRules = funderRules;
		this.planGate = planGate;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens a trajectory from a referral, registering the participant first when new. A
	 * coach who refers without naming a coach becomes the coach.
	 */
	public long refer(CurrentUser user, NewReferral referral) {
		TrajectoryAccess.requireStaff(user);
		long participantId = (referral.participantId() != null) ? participant(user, referral.participantId()).id()
				: this.participants.register(user, referral.newParticipant());
		Long coachId = referral.coachId();
		if (coachId == null && user.has(nl.tandem.identity.Role.COACH) && !user.has(nl.tandem.identity.Role.ADMIN)) {
			coachId = user.personId();
		}
		Staffing coach = (coachId != null) ? staffing(user, coachId) : null;
		if (coach != null && !user.has(nl.tandem.identity.Role.ADMIN) && !user.has(nl.tandem.identity.Role.TEAM_LEAD)
				&& !Objects.equals(coach.coachId(), user.personId())) {
			throw new DomainRuleException("trajectory.guard.coachAssignsSelf");
		}
		Trajectory trajectory = Trajectory.refer(user.organisationId(), participantId, referral.referral(), coach,
				step(user, null));
		return this.trajectories.save(trajectory).id();
	}

	@Transactional(readOnly = true)
	public TrajectoryDetails details(CurrentUser user, long id) {
		Trajectory trajectory = visible(user, id);
		return describe(user, trajectory);
	}

	public void startIntake(CurrentUser user, long id, long version) {
		work(user, id, version, trajectory -> trajectory.startIntake(step(user, null)));
	}

	/**
	 * Records that participant, employer and coach agreed to the coaching plan on the
	 * given day, which lets the trajectory become active. The plan module calls this when
	 * the last of the three signs off; the plan has its own version check.
	 */
	public void recordPlanAgreement(CurrentUser user, long id, LocalDate agreedOn) {
		if (agreedOn == null || agreedOn.isAfter(today())) {
			throw new DomainRuleException("trajectory.plan.agreedOn.invalid");
		}
		if (user.participantId().isPresent()) {
			// the participant's own sign-off in the portal was the last one
			Trajectory trajectory = own(user).stream()
				.filter(t -> t.id() == id)
				.findFirst()
				.orElseThrow(() -> new NotFoundException("trajectory", id));
			trajectory.planAgreed(agreedOn);
			this.trajectories.save(trajectory);
			return;
		}
		Trajectory trajectory = visible(user, id);
		work(user, id, trajectory.version(), t -> t.planAgreed(agreedOn));
	}

	/**
	 * The trajectory as another module needs it to work on it, for a user who may work on
	 * it (its coach or team lead).
	 */
	@Transactional(readOnly = true)
	public TrajectoryFrame frame(CurrentUser user, long id) {
		// A page shows the trajectory in many blocks, each of which asks for the frame: a
		// request that only reads builds it once. A request that changes something always
		// reads it afresh, so it never works on a frame from before its own change.
		return ReadRequestCache.get("trajectory-frame:" + user.accountId() + ":" + id, () -> buildFrame(user, id));
	}

	/**
	 * The trajectory a participant signed in to the portal follows now: their newest
	 * trajectory that is not closed, or else their newest one. Empty for a user who is no
	 * participant, and for a participant without any trajectory.
	 */
	@Transactional(readOnly = true)
	public Optional<TrajectoryFrame> ownFrame(CurrentUser user) {
		List<Trajectory> own = own(user);
		return own.stream()
			.filter(t -> t.phase() != Phase.CLOSED)
			.findFirst()
			.or(() -> own.stream().findFirst())
			.map(t -> ownFrameOf(user, t));
	}

	/**
	 * One of the signed-in participant's own trajectories, as the portal shows it; any
	 * other trajectory, and any trajectory for a user who is no participant, is not
	 * found.
	 */
	@Transactional(readOnly = true)
	public TrajectoryFrame ownFrame(CurrentUser user, long id) {
		return own(user).stream()
			.filter(t -> t.id() == id)
			.findFirst()
			.map(t -> ownFrameOf(user, t))
			.orElseThrow(() -> new NotFoundException("trajectory", id));
	}

	/**
	 * A portal page asks for the participant's frame once per block, like the staff pages
	 * ask for frame(): a request that only reads builds it once.
	 */
	private TrajectoryFrame ownFrameOf(CurrentUser user, Trajectory trajectory) {
		return ReadRequestCache.get("own-frame:" + user.accountId() + ":" + trajectory.id(),
				() -> frameOf(trajectory, user.organisationId()));
	}

	/**
	 * All trajectories of the signed-in participant, newest first (for the export of
	 * their data); empty for anybody else.
	 */
	@Transactional(readOnly = true)
	public List<TrajectoryFrame> ownFrames(CurrentUser user) {
		return own(user).stream().map(t -> frameOf(t, user.organisationId())).toList();
	}

	private List<Trajectory> own(CurrentUser user) {
		if (user.participantId().isEmpty()) {
			return List.of();
		}
		return ReadRequestCache.get("own:" + user.accountId(),
				() -> this.trajectories
					.findByOrganisationIdAndParticipantIdOrderByReferredOnDesc(user.organisationId(),
							user.participantId().getAsLong())
					.stream()
					.filter(t -> this.access.isOwnParticipant(user, t))
					.toList());
	}

	private TrajectoryFrame buildFrame(CurrentUser user, long id) {
		Trajectory trajectory = visible(user, id);
		this.access.requireWork(user, trajectory);
		return frameOf(trajectory, user.organisationId());
	}

	/**
	 * The frame of a trajectory whose caller has decided that the user may have it.
	 */
	TrajectoryFrame frameOf(Trajectory trajectory) {
		return frameOf(trajectory, trajectory.organisationId());
	}

	private TrajectoryFrame frameOf(Trajectory trajectory, long organisation) {
		ParticipantView participant = this.participants.find(organisation, trajectory.participantId());
		String coachName = (trajectory.coachId() != null)
				? this.staff.names(organisation, List.of(trajectory.coachId())).get(trajectory.coachId()) : null;
		TrajectoryFrame.Placement current = trajectory.currentPlacement(today())
			.map(p -> new TrajectoryFrame.Placement(p.employerId(),
					this.employers.names(organisation, List.of(p.employerId())).get(p.employerId()),
					(p.supervisorContactId() != null) ? this.employers.contact(organisation, p.supervisorContactId())
						.map(c -> c.displayName())
						.orElse(null) : null,
					p.jobTitle(), p.minutesPerWeek(), p.startDate(), p.endDate()))
			.orElse(null);
		TrajectoryFrame.Grant grant = trajectory.grant()
			.map(g -> new TrajectoryFrame.Grant(g.funder(), g.funderName(), g.reference(), g.schedule()))
			.orElse(null);
		return new TrajectoryFrame(trajectory.id(), organisation, trajectory.participantId(), participant.displayName(),
				participant.reference(), participant.preferredLanguage(), trajectory.phase(), trajectory.coachId(),
				coachName, current, grant);
	}

	/**
	 * The funder rules that planned coaching minutes would break: the same rules as for
	 * the grant, checked as if the minutes planned in the first grant period had been
	 * granted.
	 */
	@Transactional(readOnly = true)
	public List<RuleWarning> checkPlannedMinutes(CurrentUser user, long id, int minutesFirstPeriod) {
		Trajectory trajectory = visible(user, id);
		this.access.requireWork(user, trajectory);
		Optional<Grant> grant = trajectory.grant();
		Placement placement = trajectory.currentPlacement(today()).orElse(null);
		if (grant.isEmpty() || placement == null || minutesFirstPeriod <= 0) {
			return List.of();
		}
		Grant g = grant.get();
		Grant planned = new Grant(g.organisationId(), g.funder(), g.funderName(), g.reference(), g.startDate(),
				g.periodMonths(), g.periods(), Math.min(minutesFirstPeriod, 1000 * 60), g.hourlyTariffCents());
		return this.funderRules
			.check(trajectory.organisationId(), g.funder(), new FunderRule.Situation(placement, planned, null))
			.stream()
			.filter(warning -> warning.rule() == FunderRule.MAX_GRANT_SHARE_FIRST_PERIOD)
			.toList();
	}

	public void activate(CurrentUser user, long id, long version) {
		work(user, id, version,
				trajectory -> trajectory.activate(this.planGate.hasAgreedPlan(trajectory), step(user, null)));
	}

	public void pause(CurrentUser user, long id, long version, String reason, LocalDate expectedResume) {
		work(user, id, version, trajectory -> trajectory.pause(expectedResume, today(), step(user, reason)));
	}

	public void resume(CurrentUser user, long id, long version) {
		work(user, id, version, trajectory -> trajectory.resume(step(user, null)));
	}

	public void phaseOut(CurrentUser user, long id, long version) {
		work(user, id, version, trajectory -> trajectory.phaseOut(step(user, null)));
	}

	public void startEvaluation(CurrentUser user, long id, long version) {
		work(user, id, version, trajectory -> trajectory.startEvaluation(step(user, null)));
	}

	/**
	 * Closes the trajectory; with "goals reached" only after a completed evaluation (see
	 * {@link EvaluationGate}).
	 */
	public void close(CurrentUser user, long id, long version, EndReason reason, String note) {
		work(user, id, version, trajectory -> trajectory.close(reason,
				reason == EndReason.GOALS_REACHED && evaluated(trajectory), today(), step(user, note)));
	}

	private boolean evaluated(Trajectory trajectory) {
		return this.evaluationGates.stream()
			.anyMatch(gate -> gate.hasCompletedEvaluation(trajectory.organisationId(), trajectory.id()));
	}

	/**
	 * Re-activates a closed trajectory as a new one for the same participant. The new
	 * trajectory starts with a short intake: a draft that carries over what is still
	 * valid of the previous trajectory's intake (see {@link Intakes#carryOver}), for the
	 * coach to check with the participant and complete.
	 * @return the id of the new trajectory
	 */
	public long reactivate(CurrentUser user, long id, String reason) {
		Trajectory closed = visible(user, id);
		this.access.requireWork(user, closed);
		Trajectory next = this.trajectories.save(closed.reactivate(step(user, reason), today()));
		this.intakes.carryOver(user, closed.participantId(), id, next.id());
		return next.id();
	}

	public void assignCoach(CurrentUser user, long id, long version, long coachId, String reason) {
		Trajectory trajectory = visible(user, id);
		this.access.requireAssign(user, trajectory);
		ConcurrentEditException.check("trajectory", id, trajectory.version(), version);
		trajectory.assign(staffing(user, coachId), step(user, reason));
		this.trajectories.save(trajectory);
	}

	public void place(CurrentUser user, long id, long version, PlacementDetails details) {
		if (!this.employers.exists(user.organisationId(), details.employerId())) {
			throw new DomainRuleException("placement.employer.unknown");
		}
		if (details.workplaceId() != null && this.employers.workplace(user.organisationId(), details.workplaceId())
			.filter(workplace -> workplace.employerId() == details.employerId())
			.isEmpty()) {
			throw new DomainRuleException("placement.workplace.unknown");
		}
		if (details.supervisorContactId() != null
				&& this.employers.contact(user.organisationId(), details.supervisorContactId())
					.filter(contact -> contact.employerId() == details.employerId())
					.isEmpty()) {
			throw new DomainRuleException("placement.supervisor.unknown");
		}
		if (details.hoursPerWeek() == null) {
			throw new DomainRuleException("placement.hours.range");
		}
		Placement placement = new Placement(user.organisationId(), details.employerId(), details.workplaceId(),
				details.supervisorContactId(), blankToNull(details.jobTitle()), Hours.minutes(details.hoursPerWeek()),
				details.contractType(), details.startDate(), details.endDate(), details.probationUntil());
		work(user, id, version, trajectory -> trajectory.place(placement));
	}

	public void fund(CurrentUser user, long id, long version, GrantDetails details) {
		if (details.hoursPerPeriod() == null || details.hourlyTariff() == null) {
			throw new DomainRuleException("grant.hours.range");
		}
		Grant grant = new Grant(user.organisationId(), details.funder(), blankToNull(details.funderName()),
				blankToNull(details.reference()), details.startDate(), details.periodMonths(), details.periods(),
				Hours.minutes(details.hoursPerPeriod()),
				details.hourlyTariff().multiply(BigDecimal.valueOf(100)).intValue());
		work(user, id, version, trajectory -> trajectory.fund(grant));
	}

	public void recordEvent(CurrentUser user, long id, long version, ContextEventKind kind, LocalDate happenedOn,
			String note) {
		if (kind == null) {
			throw new DomainRuleException("event.kind.required");
		}
		if (happenedOn == null || happenedOn.isAfter(today().plusDays(1))) {
			throw new DomainRuleException("event.date.invalid");
		}
		ContextEvent event = new ContextEvent(user.organisationId(), kind, happenedOn, blankToNull(note),
				this.clock.instant(), user.accountId());
		Trajectory[] recorded = new Trajectory[1];
		work(user, id, version, trajectory -> {
			trajectory.record(event);
			recorded[0] = trajectory;
		});
		this.events.publishEvent(new ContextEventRecorded(user.organisationId(), id, recorded[0].events().size() - 1,
				kind, happenedOn, recorded[0].phase()));
	}

	@Transactional(readOnly = true)
	public Optional<IntakeView> intake(CurrentUser user, long id) {
		Trajectory trajectory = visible(user, id);
		this.access.requireWork(user, trajectory);
		return this.intakes.of(user, id, true);
	}

	/**
	 * Saves the intake; an intake can be written from the moment the trajectory is in
	 * intake. Completing it moves the trajectory on to planning; when completion is
	 * refused, nothing is saved.
	 */
	public void saveIntake(CurrentUser user, long id, Long intakeVersion, IntakeContent content, boolean complete,
			long trajectoryVersion) {
		Trajectory trajectory = visible(user, id);
		this.access.requireWork(user, trajectory);
		if (trajectory.phase() == Phase.REFERRED || trajectory.phase() == Phase.CLOSED) {
			throw new DomainRuleException("intake.notNow");
		}
		this.intakes.save(user, trajectory.participantId(), id, intakeVersion, content);
		if (complete) {
			work(user, id, trajectoryVersion, t -> {
				this.intakes.complete(user, id);
				t.intakeCompleted(step(user, null));
			});
		}
	}

	@Transactional(readOnly = true)
	public Optional<AssessmentView> assessment(CurrentUser user, long id) {
		Trajectory trajectory = visible(user, id);
		this.access.requireWork(user, trajectory);
		return this.assessments.findByOrganisationIdAndTrajectoryId(user.organisationId(), id)
			.map(assessment -> new AssessmentView(assessment.content(), assessment.version()));
	}

	public void saveAssessment(CurrentUser user, long id, Long version, AssessmentContent content) {
		Trajectory trajectory = visible(user, id);
		this.access.requireWork(user, trajectory);
		if (trajectory.phase() == Phase.CLOSED) {
			throw new DomainRuleException("trajectory.guard.alreadyClosed");
		}
		WorkplaceAssessment assessment = this.assessments.findByOrganisationIdAndTrajectoryId(user.organisationId(), id)
			.orElseGet(() -> WorkplaceAssessment.of(user.organisationId(), id));
		if (assessment.id() != null) {
			ConcurrentEditException.check("assessment", id, assessment.version(), (version != null) ? version : -1);
		}
		assessment.record(content);
		this.assessments.save(assessment);
	}

	/**
	 * The trajectories of a participant, newest first, that the user may see.
	 */
	@Transactional(readOnly = true)
	public List<TrajectorySummary> ofParticipant(CurrentUser user, long participantId) {
		List<Trajectory> all = this.trajectories
			.findByOrganisationIdAndParticipantIdOrderByReferredOnDesc(user.organisationId(), participantId);
		List<Trajectory> visible = all.stream().filter(t -> this.access.isVisible(user, t)).toList();
		if (visible.isEmpty()) {
			throw new NotFoundException("participant", participantId);
		}
		Map<Long, String> coaches = this.staff.names(user.organisationId(),
				visible.stream().map(Trajectory::coachId).filter(Objects::nonNull).toList());
		return visible.stream()
			.map(t -> new TrajectorySummary(t.id(), t.phase(), t.referredOn(), t.closedOn(), t.endReason(),
					Caseloads.nameOf(coaches, t.coachId())))
			.toList();
	}

	/**
	 * A participant's details, for a user who may see at least one of the participant's
	 * trajectories.
	 */
	@Transactional(readOnly = true)
	public ParticipantView participant(CurrentUser user, long participantId) {
		ofParticipant(user, participantId);
		return this.participants.find(user.organisationId(), participantId);
	}

	/**
	 * Changes a participant's details; only their coach or team lead may.
	 */
	public void describeParticipant(CurrentUser user, long participantId, long version, ParticipantDetails details) {
		List<Trajectory> theirs = this.trajectories
			.findByOrganisationIdAndParticipantIdOrderByReferredOnDesc(user.organisationId(), participantId);
		if (theirs.stream().noneMatch(t -> this.access.isVisible(user, t))) {
			throw new NotFoundException("participant", participantId);
		}
		if (theirs.stream().noneMatch(t -> this.access.mayWork(user, t))) {
			throw new org.springframework.security.access.AccessDeniedException("Only the coach edits a participant");
		}
		this.participants.describe(user, participantId, version, details);
	}

	@Transactional(readOnly = true)
	public String participantName(CurrentUser user, long participantId) {
		return participant(user, participantId).displayName();
	}

	/**
	 * The coaches the user may assign this trajectory to.
	 */
	@Transactional(readOnly = true)
	public List<Staff.Coach> assignableCoaches(CurrentUser user, long id) {
		Trajectory trajectory = visible(user, id);
		this.access.requireAssign(user, trajectory);
		return this.staff.coaches(user.organisationId(), null);
	}

	private void work(CurrentUser user, long id, long version, Consumer<Trajectory> change) {
		Trajectory trajectory = visible(user, id);
		this.access.requireWork(user, trajectory);
		ConcurrentEditException.check("trajectory", id, trajectory.version(), version);
		Phase before = trajectory.phase();
		change.accept(trajectory);
		this.trajectories.save(trajectory);
		if (before != trajectory.phase()) {
			this.events.publishEvent(new PhaseChanged(user.organisationId(), id, before, trajectory.phase()));
		}
	}

	private Trajectory visible(CurrentUser user, long id) {
		TrajectoryAccess.requireStaff(user);
		Optional<Trajectory> found = ReadRequestCache.get("trajectory:" + user.organisationId() + ":" + id,
				() -> this.trajectories.findByIdAndOrganisationId(id, user.organisationId()));
		Trajectory trajectory = found.orElseThrow(() -> new NotFoundException("trajectory", id));
		this.access.requireVisible(user, trajectory);
		return trajectory;
	}

	private Staffing staffing(CurrentUser user, long coachId) {
		Staff.Coach coach = this.staff.coach(user.organisationId(), coachId)
			.orElseThrow(() -> new DomainRuleException("trajectory.coach.unknown"));
		return new Staffing(coach.id(), coach.teamId());
	}

	private Step step(CurrentUser user, String reason) {
		return new Step(user.accountId(), this.clock.instant(), reason);
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

	private TrajectoryDetails describe(CurrentUser user, Trajectory trajectory) {
		boolean mayWork = this.access.mayWork(user, trajectory);
		boolean mayAssign = this.access.mayAssign(user, trajectory);
		long organisation = user.organisationId();
		LocalDate today = today();
		String participantName = this.participants.names(organisation, List.of(trajectory.participantId()))
			.get(trajectory.participantId());
		Map<Long, String> coachNames = this.staff.names(organisation, coachIds(trajectory));
		List<TrajectoryDetails.PlacementView> placements = placements(organisation, trajectory, today);
		TrajectoryDetails.GrantView grant = trajectory.grant()
			.map(g -> new TrajectoryDetails.GrantView(g.funder(), g.funderName(), g.reference(), g.startDate(),
					g.periodMonths(), g.schedule(), g.minutesPerPeriod(), g.hourlyTariffCents()))
			.orElse(null);
		return new TrajectoryDetails(trajectory.id(), trajectory.version(), trajectory.participantId(), participantName,
				trajectory.phase(), trajectory.pausedFrom(), trajectory.expectedResume(), trajectory.referrerKind(),
				trajectory.referrerName(), trajectory.referredOn(), mayWork ? trajectory.referralReason() : null,
				trajectory.coachId(), Caseloads.nameOf(coachNames, trajectory.coachId()), trajectory.planAgreedOn(),
				trajectory.endReason(), trajectory.closedOn(), trajectory.previousTrajectoryId(), placements, grant,
				warnings(trajectory, today), timeline(trajectory, coachNames, mayWork),
				actions(trajectory, mayWork, mayAssign), mayWork, mayAssign);
	}

	private List<Long> coachIds(Trajectory trajectory) {
		Set<Long> ids = new HashSet<>();
		trajectory.assignments().forEach(assignment -> ids.add(assignment.coachId()));
		if (trajectory.coachId() != null) {
			ids.add(trajectory.coachId());
		}
		return List.copyOf(ids);
	}

	private List<TrajectoryDetails.PlacementView> placements(long organisation, Trajectory trajectory,
			LocalDate today) {
		List<Placement> placements = trajectory.placements();
		if (placements.isEmpty()) {
			return List.of();
		}
		Map<Long, String> employerNames = this.employers.names(organisation,
				placements.stream().map(Placement::employerId).distinct().toList());
		return placements.stream()
			.map(p -> new TrajectoryDetails.PlacementView(employerNames.get(p.employerId()), p.employerId(),
					(p.workplaceId() != null)
							? this.employers.workplace(organisation, p.workplaceId()).map(w -> w.name()).orElse(null)
							: null,
					(p.supervisorContactId() != null) ? this.employers.contact(organisation, p.supervisorContactId())
						.map(c -> c.displayName())
						.orElse(null) : null,
					p.jobTitle(), p.minutesPerWeek(), p.contractType(), p.startDate(), p.endDate(), p.probationUntil(),
					p.isCurrentOn(today)))
			.toList();
	}

	private List<RuleWarning> warnings(Trajectory trajectory, LocalDate today) {
		Optional<Grant> grant = trajectory.grant();
		if (grant.isEmpty()) {
			return List.of();
		}
		Placement placement = trajectory.currentPlacement(today).orElse(null);
		LocalDate firstWithEmployer = (placement != null) ? firstStartWithEmployer(trajectory, placement) : null;
		return this.funderRules.check(trajectory.organisationId(), grant.get().funder(),
				new FunderRule.Situation(placement, grant.get(), firstWithEmployer));
	}

	private LocalDate firstStartWithEmployer(Trajectory trajectory, Placement placement) {
		return this.trajectories
			.findByOrganisationIdAndParticipantIdOrderByReferredOnDesc(trajectory.organisationId(),
					trajectory.participantId())
			.stream()
			.flatMap(t -> t.placements().stream())
			.filter(p -> p.employerId() == placement.employerId())
			.map(Placement::startDate)
			.min(Comparator.naturalOrder())
			.orElse(placement.startDate());
	}

	private List<TimelineEntry> timeline(Trajectory trajectory, Map<Long, String> coachNames, boolean mayWork) {
		Set<Long> accountIds = new HashSet<>();
		trajectory.transitions().forEach(t -> accountIds.add(t.byAccount()));
		trajectory.assignments().forEach(a -> accountIds.add(a.byAccount()));
		trajectory.events().forEach(e -> accountIds.add(e.byAccount()));
		Map<Long, String> by = this.accounts.names(trajectory.organisationId(), accountIds);
		List<TimelineEntry> entries = new ArrayList<>();
		for (Transition t : trajectory.transitions()) {
			entries.add(new TimelineEntry(t.at(), t.at().atZone(ZONE).toLocalDate(), TimelineEntry.Kind.TRANSITION,
					t.toPhase().name(), mayWork ? t.reason() : null, by.get(t.byAccount())));
		}
		for (CoachAssignment a : trajectory.assignments()) {
			entries.add(new TimelineEntry(a.at(), a.at().atZone(ZONE).toLocalDate(), TimelineEntry.Kind.ASSIGNMENT,
					coachNames.get(a.coachId()), mayWork ? a.reason() : null, by.get(a.byAccount())));
		}
		for (ContextEvent e : trajectory.events()) {
			entries.add(new TimelineEntry(e.at(), e.happenedOn(), TimelineEntry.Kind.EVENT, e.kind().name(),
					mayWork ? e.note() : null, by.get(e.byAccount())));
		}
		this.timelineSources
			.forEach(source -> entries.addAll(source.entries(trajectory.organisationId(), trajectory.id(), mayWork)));
		entries.sort(Comparator.comparing(TimelineEntry::on).thenComparing(TimelineEntry::at).reversed());
		return entries;
	}

	private Set<Action> actions(Trajectory trajectory, boolean mayWork, boolean mayAssign) {
		Set<Action> actions = EnumSet.noneOf(Action.class);
		Phase phase = trajectory.phase();
		if (mayAssign && phase.isOpen()) {
			actions.add(Action.ASSIGN);
		}
		if (!mayWork) {
			return actions;
		}
		switch (phase) {
			case REFERRED -> actions.add(Action.START_INTAKE);
			case INTAKE -> actions.add(Action.INTAKE);
			case PLANNING -> actions.addAll(EnumSet.of(Action.INTAKE, Action.ACTIVATE));
			case ACTIVE -> actions.addAll(EnumSet.of(Action.PAUSE, Action.PHASE_OUT, Action.START_EVALUATION));
			case PHASING_OUT -> actions.addAll(EnumSet.of(Action.PAUSE, Action.START_EVALUATION));
			case PAUSED -> actions.add(Action.RESUME);
			case CLOSED -> actions.add(Action.REACTIVATE);
			default -> {
			}
		}
		if (phase.isOpen()) {
			actions.addAll(
					EnumSet.of(Action.CLOSE, Action.PLACE, Action.FUND, Action.RECORD_EVENT, Action.ASSESS_WORKPLACE));
			if (phase != Phase.REFERRED && phase != Phase.INTAKE && phase != Phase.PLANNING) {
				actions.add(Action.INTAKE);
			}
		}
		return actions;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * A workplace assessment and the version it was read at.
	 */
	public record AssessmentView(AssessmentContent content, long version) {
	}

	/**
	 * A trajectory in a participant's history.
	 */
	public record TrajectorySummary(long id, Phase phase, LocalDate referredOn, LocalDate closedOn, EndReason endReason,
			String coachName) {
	}

}
