package nl.tandem.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import nl.tandem.identity.Accounts;
import nl.tandem.identity.CurrentUser;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coaching plans of trajectories: versions from draft to agreed, their content, the
 * sign-offs and the progress of goals. Only the trajectory's coach and team lead see and
 * change a plan (the trajectory module decides who they are); a change names the version
 * of the plan the user saw, and is refused when somebody changed the plan since.
 */
@Service
@Transactional
public class Plans {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final CoachingPlanRepository plans;

	private final Trajectories trajectories;

	private final Schedules schedules;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	Plans(CoachingPlanRepository plans, Trajectories trajectories, Schedules schedules, Accounts accounts,
			JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.plans = plans;
		this.trajectories = trajectories;
		this.schedules = schedules;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * A version of the plan (the latest when {@code number} is null) with everything its
	 * page shows; without any plan yet, {@code plan} is null.
	 */
	@Transactional(readOnly = true)
	public PlanPage page(CurrentUser user, long trajectoryId, Integer number) {
		TrajectoryFrame frame = this.trajectories.frame(user, trajectoryId);
		List<PlanPage.VersionRow> versions = versions(user.organisationId(), trajectoryId);
		ScheduleView schedule = this.schedules.schedule(user, frame);
		if (versions.isEmpty()) {
			if (number != null) {
				throw new NotFoundException("plan", number);
			}
			return new PlanPage(frame, versions, null, schedule.hours(), true);
		}
		CoachingPlan plan = load(user, trajectoryId, (number != null) ? number : versions.get(0).number());
		return new PlanPage(frame, versions, view(user, plan), schedule.hours(), true);
	}

	/**
	 * The state of a trajectory's plan and schedule in a few words, for the trajectory
	 * page (whose caller already checked that the user may work on the trajectory).
	 */
	@Transactional(readOnly = true)
	public PlanSummary summary(long organisationId, long trajectoryId, LocalDate today) {
		return this.jdbc
			.sql("""
					select (select number from coaching_plan where organisation_id = :organisation and trajectory_id = :trajectory
					        order by number desc limit 1) as number,
					       (select status from coaching_plan where organisation_id = :organisation and trajectory_id = :trajectory
					        order by number desc limit 1) as status,
					       (select agreed_on from coaching_plan where organisation_id = :organisation and trajectory_id = :trajectory
					        and agreed_on is not null order by number desc limit 1) as agreed_on,
					       (select min(p.planned_on) from coaching_schedule s join planned_session p on p.coaching_schedule_id = s.id
					        where s.organisation_id = :organisation and s.trajectory_id = :trajectory and not p.held
					        and p.planned_on >= :today) as next_session,
					       (select count(*) from coaching_schedule s join planned_session p on p.coaching_schedule_id = s.id
					        where s.organisation_id = :organisation and s.trajectory_id = :trajectory) as sessions
					""")
			.param("organisation", organisationId)
			.param("trajectory", trajectoryId)
			.param("today", today)
			.query((rs, row) -> new PlanSummary((Integer) rs.getObject("number"),
					(rs.getString("status") != null) ? PlanStatus.valueOf(rs.getString("status")) : null,
					rs.getObject("agreed_on", LocalDate.class), rs.getObject("next_session", LocalDate.class),
					rs.getInt("sessions")))
			.single();
	}

	/**
	 * The latest version of a plan, the day the plan was last agreed, the next planned
	 * session and how many sessions are planned.
	 */
	public record PlanSummary(Integer number, PlanStatus status, LocalDate agreedOn, LocalDate nextSession,
			int sessions) {
	}

	/**
	 * For each of these trajectories with an agreed plan, in one query: how many goals
	 * the agreed plan (the latest agreed version) has and how many of them were last
	 * recorded as reached, and whether it holds an agreement for the supervisor or the
	 * buddy: the natural support that carries the work on when the coaching ends.
	 * Trajectories without an agreed plan are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, GoalsReached> goalsReached(long organisationId, java.util.Collection<Long> trajectoryIds) {
		if (trajectoryIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, GoalsReached> reached = new java.util.HashMap<>();
		this.jdbc
			.sql("""
					with agreed as (
					  select distinct on (trajectory_id) id, trajectory_id from coaching_plan
					  where organisation_id = :organisation and trajectory_id = any(:ids) and status = 'AGREED'
					  order by trajectory_id, number desc
					), latest as (
					  select distinct on (trajectory_id, goal_key) trajectory_id, goal_key, status from goal_progress
					  where organisation_id = :organisation and trajectory_id = any(:ids)
					  order by trajectory_id, goal_key, recorded_at desc, id desc
					)
					select a.trajectory_id,
					       (select count(*) from plan_goal g where g.coaching_plan_id = a.id) as goals,
					       (select count(*) from plan_goal g join latest l on l.trajectory_id = a.trajectory_id
					          and l.goal_key = g.goal_key and l.status = 'REACHED' where g.coaching_plan_id = a.id) as reached,
					       exists (select 1 from plan_agreement p where p.coaching_plan_id = a.id
					          and p.actor in ('SUPERVISOR', 'BUDDY')) as support
					from agreed a
					""")
			.param("organisation", organisationId)
			.param("ids", trajectoryIds.toArray(Long[]::new))
			.query((rs, row) -> reached.put(rs.getLong("trajectory_id"),
					new GoalsReached(rs.getInt("goals"), rs.getInt("reached"), rs.getBoolean("support"))))
			.list();
		return reached;
	}

	/**
	 * The goals of an agreed plan: how many, how many reached, and whether the supervisor
	 * or the buddy has an agreement in it.
	 */
	public record GoalsReached(int goals, int reached, boolean naturalSupport) {

		/**
		 * The share of goals reached, 0 to 100.
		 */
		public int percent() {
			return (this.goals > 0) ? Math.round(100f * this.reached / this.goals) : 0;
		}

	}

	/**
	 * Starts the plan: the first draft, or a new draft from the agreed version to change
	 * it.
	 * @return the number of the new version
	 */
	public int startDraft(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = requireOpen(user, trajectoryId);
		List<CoachingPlan> all = this.plans.findByOrganisationIdAndTrajectoryIdOrderByNumberDesc(user.organisationId(),
				trajectoryId);
		CoachingPlan draft;
		if (all.isEmpty()) {
			draft = CoachingPlan.first(user.organisationId(), frame.id(),
					this.messages.getMessage("agreement.default.technicalTasks", null, language(frame)),
					this.clock.instant(), user.accountId());
		}
		else {
			draft = all.get(0).nextDraft(this.clock.instant(), user.accountId());
		}
		return this.plans.save(draft).number();
	}

	public void describe(CurrentUser user, long trajectoryId, int number, long version, LocalDate startsOn,
			LocalDate endsOn, String expectationParticipant, String expectationEmployer, String expectationCoach) {
		change(user, trajectoryId, number, version,
				plan -> plan.describe(startsOn, endsOn, expectationParticipant, expectationEmployer, expectationCoach));
	}

	public UUID addGoal(CurrentUser user, long trajectoryId, int number, long version, Goal.Content goal) {
		UUID[] key = new UUID[1];
		change(user, trajectoryId, number, version, plan -> key[0] = plan.addGoal(goal));
		return key[0];
	}

	public void changeGoal(CurrentUser user, long trajectoryId, int number, long version, UUID key, Goal.Content goal) {
		change(user, trajectoryId, number, version, plan -> plan.changeGoal(key, goal));
	}

	public void removeGoal(CurrentUser user, long trajectoryId, int number, long version, UUID key) {
		change(user, trajectoryId, number, version, plan -> plan.removeGoal(key));
	}

	public void addAttentionPoint(CurrentUser user, long trajectoryId, int number, long version, AttentionDomain domain,
			String label, String description) {
		change(user, trajectoryId, number, version, plan -> plan.addAttentionPoint(domain, label, description));
	}

	public void changeAttentionPoint(CurrentUser user, long trajectoryId, int number, long version, int index,
			AttentionDomain domain, String label, String description) {
		change(user, trajectoryId, number, version,
				plan -> plan.changeAttentionPoint(index, domain, label, description));
	}

	public void removeAttentionPoint(CurrentUser user, long trajectoryId, int number, long version, int index) {
		change(user, trajectoryId, number, version, plan -> plan.removeAttentionPoint(index));
	}

	public void addAgreement(CurrentUser user, long trajectoryId, int number, long version, Actor actor, String what,
			LocalDate dueOn) {
		change(user, trajectoryId, number, version, plan -> plan.addAgreement(actor, what, dueOn));
	}

	public void changeAgreement(CurrentUser user, long trajectoryId, int number, long version, int index, Actor actor,
			String what, LocalDate dueOn) {
		change(user, trajectoryId, number, version, plan -> plan.changeAgreement(index, actor, what, dueOn));
	}

	public void removeAgreement(CurrentUser user, long trajectoryId, int number, long version, int index) {
		change(user, trajectoryId, number, version, plan -> plan.removeAgreement(index));
	}

	public void propose(CurrentUser user, long trajectoryId, int number, long version) {
		change(user, trajectoryId, number, version, CoachingPlan::propose);
	}

	public void withdraw(CurrentUser user, long trajectoryId, int number, long version) {
		change(user, trajectoryId, number, version, CoachingPlan::withdraw);
	}

	/**
	 * Records that a party agreed to the proposed plan. With the third sign-off the plan
	 * is agreed: the version before it is superseded, the planned hours per grant period
	 * are kept with it, and the trajectory learns that it has an agreed plan.
	 * @return whether the plan is now agreed
	 */
	public boolean signOff(CurrentUser user, long trajectoryId, int number, long version, Party party,
			LocalDate agreedOn, SignOffMethod how) {
		return signOff(user, requireOpen(user, trajectoryId), number, version, party, agreedOn, how);
	}

	/**
	 * The participant agrees, in the portal, to the proposed version of their own plan:
	 * their sign-off, recorded as given in the portal today, with everything a sign-off
	 * does (the third one agrees the plan). Another trajectory's plan is not found.
	 * @return whether the plan is now agreed
	 */
	public boolean agreeInPortal(CurrentUser user, long trajectoryId, int number, long version) {
		TrajectoryFrame frame = this.trajectories.ownFrame(user, trajectoryId);
		if (frame.isClosed()) {
			throw new DomainRuleException("plan.guard.trajectoryClosed");
		}
		return signOff(user, frame, number, version, Party.PARTICIPANT, today(), SignOffMethod.PORTAL);
	}

	/**
	 * The participant's own plan as the portal shows it: the version in force (the latest
	 * agreed) and the version proposed for agreement, each with the history of its goals;
	 * never a draft. Another trajectory's plan is not found.
	 */
	@Transactional(readOnly = true)
	public OwnPlan own(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = this.trajectories.ownFrame(user, trajectoryId);
		List<CoachingPlan> all = this.plans.findByOrganisationIdAndTrajectoryIdOrderByNumberDesc(frame.organisationId(),
				frame.id());
		PlanPage.Version agreed = all.stream()
			.filter(p -> p.status() == PlanStatus.AGREED)
			.findFirst()
			.map(p -> view(frame.organisationId(), p))
			.orElse(null);
		PlanPage.Version proposed = all.stream()
			.filter(p -> p.status() == PlanStatus.PROPOSED)
			.findFirst()
			.map(p -> view(frame.organisationId(), p))
			.orElse(null);
		return new OwnPlan(frame, agreed, proposed);
	}

	/**
	 * Every version of the participant's own plan that was put to them (proposed, agreed
	 * or superseded; never a draft), newest first, for the export of their data. Another
	 * trajectory's plan is not found.
	 */
	@Transactional(readOnly = true)
	public List<PlanPage.Version> ownVersions(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = this.trajectories.ownFrame(user, trajectoryId);
		return this.plans.findByOrganisationIdAndTrajectoryIdOrderByNumberDesc(frame.organisationId(), frame.id())
			.stream()
			.filter(p -> p.status() != PlanStatus.DRAFT)
			.map(p -> view(frame.organisationId(), p))
			.toList();
	}

	/**
	 * The plan as its participant sees it in the portal: the version in force and the one
	 * proposed, either of which may be null.
	 */
	public record OwnPlan(TrajectoryFrame trajectory, PlanPage.Version agreed, PlanPage.Version proposed) {

		/**
		 * Whether the participant has agreed to the proposed version already.
		 */
		public boolean proposedSignedByParticipant() {
			return this.proposed != null && this.proposed.signOff(Party.PARTICIPANT).isPresent();
		}

		/**
		 * The day the participant agreed to the proposed version, or null.
		 */
		public LocalDate proposedAgreedOnByParticipant() {
			return (this.proposed != null)
					? this.proposed.signOff(Party.PARTICIPANT).map(SignOff::agreedOn).orElse(null) : null;
		}

	}

	private boolean signOff(CurrentUser user, TrajectoryFrame frame, int number, long version, Party party,
			LocalDate agreedOn, SignOffMethod how) {
		return signOff(user, frame, number, version, party, agreedOn, how,
				day -> this.trajectories.recordPlanAgreement(user, frame.id(), day));
	}

	/**
	 * Records one party's sign-off on a proposed version; with the third the plan is
	 * agreed, the version before it superseded, and {@code recordAgreement} tells the
	 * trajectory (the way to it depends on who signs: staff, participant or employer
	 * contact).
	 */
	boolean signOff(CurrentUser user, TrajectoryFrame frame, int number, long version, Party party, LocalDate agreedOn,
			SignOffMethod how, java.util.function.Consumer<LocalDate> recordAgreement) {
		long trajectoryId = frame.id();
		CoachingPlan plan = load(user, trajectoryId, number);
		ConcurrentEditException.check("plan", trajectoryId, plan.version(), version);
		boolean agreed = plan.signOff(party, agreedOn, how, this.clock.instant(), user.accountId(), today(),
				this.schedules.minutesPerPeriod(user, frame));
		if (agreed) {
			this.plans.findByOrganisationIdAndTrajectoryIdOrderByNumberDesc(user.organisationId(), trajectoryId)
				.stream()
				.filter(other -> other.number() != number && other.status() == PlanStatus.AGREED)
				.forEach(other -> {
					other.supersede();
					this.plans.save(other);
				});
		}
		this.plans.save(plan);
		if (agreed) {
			recordAgreement.accept(plan.agreedOn());
		}
		return agreed;
	}

	/**
	 * Records how far a goal has come. Progress is no part of the agreed content, so it
	 * can be recorded whatever the status of the plan; the history is kept.
	 */
	public void recordProgress(CurrentUser user, long trajectoryId, UUID goal, GoalStatus status, Integer score,
			String note) {
		recordProgress(user, requireOpen(user, trajectoryId), goal, status, score, note);
	}

	/**
	 * Records how far a goal has come, for a trajectory whose frame the caller already
	 * has: the frame is the proof that the user may work on it, so it is not looked up
	 * again (the logbook records the progress of a session this way).
	 */
	public void recordProgress(CurrentUser user, TrajectoryFrame frame, UUID goal, GoalStatus status, Integer score,
			String note) {
		long trajectoryId = frame.id();
		if (frame.isClosed()) {
			throw new DomainRuleException("plan.guard.trajectoryClosed");
		}
		if (status == null) {
			throw new DomainRuleException("progress.status.required");
		}
		if (score != null && (score < 0 || score > 10)) {
			throw new DomainRuleException("progress.score.range");
		}
		if (!goals(frame).containsKey(goal)) {
			throw new DomainRuleException("goal.unknown");
		}
		this.jdbc
			.sql("""
					insert into goal_progress (organisation_id, trajectory_id, goal_key, status, score, note, recorded_at, by_account)
					values (:organisation, :trajectory, :goal, :status, :score, :note, :at, :by)
					""")
			.param("organisation", user.organisationId())
			.param("trajectory", trajectoryId)
			.param("goal", goal)
			.param("status", status.name())
			.param("score", score)
			.param("note", Goal.strip(note))
			.param("at", java.sql.Timestamp.from(this.clock.instant()))
			.param("by", user.accountId())
			.update();
	}

	/**
	 * The keys of the goals in any version of the trajectory's plan, with their
	 * descriptions in the latest version that has them: what sessions and time entries
	 * may refer to.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> goals(CurrentUser user, long trajectoryId) {
		return goals(this.trajectories.frame(user, trajectoryId));
	}

	/**
	 * The goals of a trajectory whose frame the caller already has (the frame is the
	 * proof that the user may work on it).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> goals(TrajectoryFrame frame) {
		Map<UUID, String> goals = new LinkedHashMap<>();
		this.jdbc.sql("""
				select g.goal_key, g.description from plan_goal g join coaching_plan p on p.id = g.coaching_plan_id
				where p.organisation_id = :organisation and p.trajectory_id = :trajectory
				order by p.number, g.position
				""")
			.param("organisation", frame.organisationId())
			.param("trajectory", frame.id())
			.query((rs, row) -> goals.put(rs.getObject("goal_key", UUID.class), rs.getString("description")))
			.list();
		return goals;
	}

	/**
	 * The goals of the plan as it was last agreed, in its order, with their descriptions:
	 * what the evaluation meeting looks back on. Empty without an agreed plan. The frame
	 * is the proof that the user may work on the trajectory.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> agreedGoals(TrajectoryFrame frame) {
		Map<UUID, String> goals = new LinkedHashMap<>();
		this.jdbc.sql("""
				select g.goal_key, g.description from plan_goal g join coaching_plan p on p.id = g.coaching_plan_id
				where p.organisation_id = :organisation and p.trajectory_id = :trajectory and p.status = 'AGREED'
				  and p.number = (select max(a.number) from coaching_plan a where a.organisation_id = :organisation
				                  and a.trajectory_id = :trajectory and a.status = 'AGREED')
				order by g.position
				""")
			.param("organisation", frame.organisationId())
			.param("trajectory", frame.id())
			.query((rs, row) -> goals.put(rs.getObject("goal_key", UUID.class), rs.getString("description")))
			.list();
		return goals;
	}

	/**
	 * The differences between two versions of the plan.
	 */
	@Transactional(readOnly = true)
	public PlanDiff diff(CurrentUser user, long trajectoryId, int from, int to) {
		this.trajectories.frame(user, trajectoryId);
		return PlanDiff.between(load(user, trajectoryId, from), load(user, trajectoryId, to));
	}

	private void change(CurrentUser user, long trajectoryId, int number, long version, Consumer<CoachingPlan> change) {
		requireOpen(user, trajectoryId);
		CoachingPlan plan = load(user, trajectoryId, number);
		ConcurrentEditException.check("plan", trajectoryId, plan.version(), version);
		change.accept(plan);
		this.plans.save(plan);
	}

	private CoachingPlan load(CurrentUser user, long trajectoryId, int number) {
		return this.plans.findByOrganisationIdAndTrajectoryIdAndNumber(user.organisationId(), trajectoryId, number)
			.orElseThrow(() -> new NotFoundException("plan", number));
	}

	private TrajectoryFrame requireOpen(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = this.trajectories.frame(user, trajectoryId);
		if (frame.isClosed()) {
			throw new DomainRuleException("plan.guard.trajectoryClosed");
		}
		return frame;
	}

	private List<PlanPage.VersionRow> versions(long organisationId, long trajectoryId) {
		return this.jdbc.sql("""
				select number, status, agreed_on, created_at from coaching_plan
				where organisation_id = :organisation and trajectory_id = :trajectory order by number desc
				""")
			.param("organisation", organisationId)
			.param("trajectory", trajectoryId)
			.query((rs, row) -> new PlanPage.VersionRow(rs.getInt("number"), PlanStatus.valueOf(rs.getString("status")),
					rs.getObject("agreed_on", LocalDate.class), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	private PlanPage.Version view(CurrentUser user, CoachingPlan plan) {
		return view(user.organisationId(), plan);
	}

	private PlanPage.Version view(long organisationId, CoachingPlan plan) {
		Map<UUID, List<PlanPage.Progress>> progress = progress(organisationId, plan.trajectoryId());
		List<PlanPage.GoalView> goals = new ArrayList<>();
		for (Goal goal : plan.goals()) {
			List<PlanPage.Progress> history = progress.getOrDefault(goal.key(), List.of());
			PlanPage.Progress latest = history.isEmpty() ? null : history.get(history.size() - 1);
			goals.add(new PlanPage.GoalView(goal.key(), goal, (latest != null) ? latest.status() : GoalStatus.OPEN,
					(latest != null) ? latest.score() : null, history));
		}
		return new PlanPage.Version(plan.number(), plan.status(), plan.version(), plan.startsOn(), plan.endsOn(),
				plan.expectationParticipant(), plan.expectationEmployer(), plan.expectationCoach(), plan.agreedOn(),
				goals, plan.attentionPoints(), plan.agreements(), plan.signOffs(), plan.plannedMinutes());
	}

	private Map<UUID, List<PlanPage.Progress>> progress(long organisationId, long trajectoryId) {
		record Row(UUID goal, java.sql.Timestamp at, String status, Integer score, String note, long by) {
		}
		List<Row> rows = this.jdbc.sql("""
				select goal_key, recorded_at, status, score, note, by_account from goal_progress
				where organisation_id = :organisation and trajectory_id = :trajectory order by recorded_at, id
				""")
			.param("organisation", organisationId)
			.param("trajectory", trajectoryId)
			.query((rs, n) -> new Row(rs.getObject("goal_key", UUID.class), rs.getTimestamp("recorded_at"),
					rs.getString("status"), (Integer) rs.getObject("score"), rs.getString("note"),
					rs.getLong("by_account")))
			.list();
		Set<Long> accounts = new HashSet<>();
		rows.forEach(row -> accounts.add(row.by()));
		Map<Long, String> names = accounts.isEmpty() ? Map.of() : this.accounts.names(organisationId, accounts);
		Map<UUID, List<PlanPage.Progress>> progress = new LinkedHashMap<>();
		for (Row row : rows) {
			progress.computeIfAbsent(row.goal(), key -> new ArrayList<>())
				.add(new PlanPage.Progress(row.at().toInstant(), GoalStatus.valueOf(row.status()), row.score(),
						row.note(), names.get(row.by())));
		}
		return progress;
	}

	/**
	 * The language the plan is written in: the participant's.
	 */
	private static Locale language(TrajectoryFrame frame) {
		return "en".equals(frame.participantLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

}
