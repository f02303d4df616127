package nl.tandem.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.tandem.identity.CurrentUser;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.EmployerPlacements;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coaching plan as the employer sees it in the portal, and what the employer does
 * with it there: tick off the agreements of the employer's side of the agreed plan, and
 * agree to a proposed version.
 * <p>
 * What the participant did not consent to share is never read: the caller says what is
 * shared ({@link Sharing}, from the participant's consents at this moment) and each part
 * is left out of the queries themselves: without consent for goals no goal description is
 * selected, without consent for progress no progress is read, and the agreements query
 * asks only for the actors whose agreements may be shown. The agreements of the
 * employer's own side (supervisor, buddy, HR) are always there: the employer is a party
 * to them. Agreements of the participant's network are never shown to the employer, nor
 * attention points, nor notes on progress. Every method takes the trajectory's frame as
 * the proof that the user may see the trajectory ({@link EmployerPlacements}).
 */
@Service
@Transactional
public class SharedPlans {

	/**
	 * The actors whose agreements are the employer's side of the plan.
	 */
	public static final Set<Actor> EMPLOYER_SIDE = EnumSet.of(Actor.SUPERVISOR, Actor.BUDDY, Actor.HR);

	/**
	 * The other actors whose agreements the employer sees with the participant's consent.
	 */
	static final Set<Actor> SHARED_WITH_CONSENT = EnumSet.of(Actor.PARTICIPANT, Actor.COACH);

	private final CoachingPlanRepository plans;

	private final Plans planService;

	private final EmployerPlacements placements;

	private final JdbcClient jdbc;

	private final Clock clock;

	SharedPlans(CoachingPlanRepository plans, Plans planService, EmployerPlacements placements, JdbcClient jdbc,
			Clock clock) {
		this.plans = plans;
		this.planService = planService;
		this.placements = placements;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Which parts of the plan the participant shares with the employer right now.
	 */
	public record Sharing(boolean goals, boolean progress, boolean agreements) {

		public static final Sharing NOTHING = new Sharing(false, false, false);

	}

	/**
	 * A version of the plan with only what is shared.
	 */
	public record SharedPlan(long id, int number, PlanStatus status, LocalDate startsOn, LocalDate endsOn,
			LocalDate agreedOn, String expectationEmployer, List<SharedGoal> goals,
			List<SharedAgreement> employerAgreements, List<SharedAgreement> otherAgreements, Set<Party> signedBy,
			long version) {

		public boolean signedByEmployer() {
			return this.signedBy.contains(Party.EMPLOYER);
		}

	}

	/**
	 * A goal: its description only when goals are shared, its latest status and score
	 * only when progress is shared.
	 */
	public record SharedGoal(int number, String description, GoalStatus status, Integer score) {
	}

	/**
	 * An agreement, with whether the employer ticked it off (and the version of that
	 * tick, for the next change).
	 */
	public record SharedAgreement(int position, Actor actor, String what, LocalDate dueOn, boolean done, long version) {
	}

	/**
	 * The plan as it is agreed now, if there is one.
	 */
	@Transactional(readOnly = true)
	public Optional<SharedPlan> agreed(TrajectoryFrame frame, Sharing sharing) {
		return version(frame, PlanStatus.AGREED, sharing);
	}

	/**
	 * The version put to the three parties, if there is one.
	 */
	@Transactional(readOnly = true)
	public Optional<SharedPlan> proposed(TrajectoryFrame frame, Sharing sharing) {
		return version(frame, PlanStatus.PROPOSED, sharing);
	}

	/**
	 * Ticks an agreement of the employer's side of the agreed plan off as done (or back
	 * as not done), as the employer contact saw it at {@code version}.
	 */
	public void markAgreement(CurrentUser user, TrajectoryFrame frame, int number, int position, boolean done,
			long version) {
		requireEmployerContact(user);
		SharedPlan plan = agreed(frame, Sharing.NOTHING).filter(p -> p.number() == number)
			.orElseThrow(() -> new NotFoundException("plan", number));
		SharedAgreement agreement = plan.employerAgreements()
			.stream()
			.filter(a -> a.position() == position)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("agreement", position));
		ConcurrentEditException.check("agreement", position, agreement.version(), version);
		int changed = this.jdbc
			.sql("""
					insert into plan_agreement_done (coaching_plan_id, position, organisation_id, done, changed_at, changed_by, version)
					values (:plan, :position, :organisation, :done, :at, :by, 1)
					on conflict (coaching_plan_id, position) do update
					  set done = excluded.done, changed_at = excluded.changed_at, changed_by = excluded.changed_by,
					      version = plan_agreement_done.version + 1
					  where plan_agreement_done.version = :version
					""")
			.param("plan", plan.id())
			.param("position", position)
			.param("organisation", frame.organisationId())
			.param("done", done)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", user.accountId())
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new ConcurrentEditException("agreement", position);
		}
	}

	/**
	 * Records the employer's agreement to a proposed version, given in the portal by the
	 * employer contact. With the third sign-off the plan is agreed, exactly as when the
	 * coach records the sign-offs: the version before it is superseded and the trajectory
	 * learns that its plan is agreed.
	 * @return whether the plan is now agreed
	 */
	public boolean agreeAsEmployer(CurrentUser user, TrajectoryFrame frame, int number, long version) {
		requireEmployerContact(user);
		if (frame.isClosed()) {
			throw new DomainRuleException("plan.guard.trajectoryClosed");
		}
		return this.planService.signOff(user, frame, number, version, Party.EMPLOYER, this.planService.today(),
				SignOffMethod.PORTAL, day -> this.placements.recordPlanAgreement(user, frame.id(), day));
	}

	private Optional<SharedPlan> version(TrajectoryFrame frame, PlanStatus status, Sharing sharing) {
		record Head(long id, int number, LocalDate startsOn, LocalDate endsOn, LocalDate agreedOn,
				String expectationEmployer, long version) {
		}
		Optional<Head> found = this.jdbc.sql("""
				select id, number, starts_on, ends_on, agreed_on, expectation_employer, version from coaching_plan
				where organisation_id = :organisation and trajectory_id = :trajectory and status = :status
				order by number desc limit 1
				""")
			.param("organisation", frame.organisationId())
			.param("trajectory", frame.id())
			.param("status", status.name())
			.query(Head.class)
			.optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Head head = found.get();
		List<SharedAgreement> agreements = agreements(frame.organisationId(), head.id(), sharing);
		Set<Party> signed = EnumSet.noneOf(Party.class);
		this.jdbc
			.sql("select party from plan_sign_off where organisation_id = :organisation and coaching_plan_id = :id")
			.param("organisation", frame.organisationId())
			.param("id", head.id())
			.query(String.class)
			.list()
			.forEach(party -> signed.add(Party.valueOf(party)));
		return Optional.of(new SharedPlan(head.id(), head.number(), status, head.startsOn(), head.endsOn(),
				head.agreedOn(), head.expectationEmployer(), goals(frame, head.id(), sharing),
				agreements.stream().filter(a -> EMPLOYER_SIDE.contains(a.actor())).toList(),
				agreements.stream().filter(a -> !EMPLOYER_SIDE.contains(a.actor())).toList(), signed, head.version()));
	}

	private List<SharedGoal> goals(TrajectoryFrame frame, long planId, Sharing sharing) {
		if (!sharing.goals() && !sharing.progress()) {
			return List.of();
		}
		record Row(int position, UUID key, String description) {
		}
		List<Row> rows = this.jdbc.sql("""
				select position, goal_key, case when :goals then description end as description from plan_goal
				where organisation_id = :organisation and coaching_plan_id = :plan order by position
				""")
			.param("goals", sharing.goals())
			.param("organisation", frame.organisationId())
			.param("plan", planId)
			.query((rs, n) -> new Row(rs.getInt("position"), rs.getObject("goal_key", UUID.class),
					rs.getString("description")))
			.list();
		record Progress(GoalStatus status, Integer score) {
		}
		Map<UUID, Progress> progress = new HashMap<>();
		if (sharing.progress() && !rows.isEmpty()) {
			this.jdbc.sql("""
					select distinct on (goal_key) goal_key, status, score from goal_progress
					where organisation_id = :organisation and trajectory_id = :trajectory
					order by goal_key, recorded_at desc, id desc
					""")
				.param("organisation", frame.organisationId())
				.param("trajectory", frame.id())
				.query((rs, n) -> progress.put(rs.getObject("goal_key", UUID.class),
						new Progress(GoalStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("score"))))
				.list();
		}
		List<SharedGoal> goals = new ArrayList<>();
		for (Row row : rows) {
			Progress p = progress.get(row.key());
			goals.add(new SharedGoal(row.position() + 1, row.description(),
					sharing.progress() ? ((p != null) ? p.status() : GoalStatus.OPEN) : null,
					(p != null) ? p.score() : null));
		}
		return goals;
	}

	private List<SharedAgreement> agreements(long organisationId, long planId, Sharing sharing) {
		Set<Actor> actors = EnumSet.copyOf(EMPLOYER_SIDE);
		if (sharing.agreements()) {
			actors.addAll(SHARED_WITH_CONSENT);
		}
		return this.jdbc
			.sql("""
					select a.position, a.actor, a.what, a.due_on, coalesce(d.done, false) as done, coalesce(d.version, 0) as version
					from plan_agreement a
					left join plan_agreement_done d on d.coaching_plan_id = a.coaching_plan_id and d.position = a.position
					where a.organisation_id = :organisation and a.coaching_plan_id = :plan and a.actor in (:actors)
					order by a.position
					""")
			.param("organisation", organisationId)
			.param("plan", planId)
			.param("actors", actors.stream().map(Enum::name).toList())
			.query((rs, n) -> new SharedAgreement(rs.getInt("position"), Actor.valueOf(rs.getString("actor")),
					rs.getString("what"), rs.getObject("due_on", LocalDate.class), rs.getBoolean("done"),
					rs.getLong("version")))
			.list();
	}

	private static void requireEmployerContact(CurrentUser user) {
		if (user.employerContactId().isEmpty()) {
			throw new AccessDeniedException("Only the employer contact acts for the employer in the portal");
		}
	}

}
