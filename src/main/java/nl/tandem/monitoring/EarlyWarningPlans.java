package nl.tandem.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import nl.tandem.identity.CurrentUser;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The early-warning plans of trajectories: versions from draft to agreed, and the content
 * of their zones. Only the trajectory's assigned coach reads and writes them (see
 * {@link WarningAccess}); every read and change is in the access log. A change names the
 * version of the plan the coach saw, and is refused when somebody changed it since.
 */
@Service
@Transactional
public class EarlyWarningPlans {

	static final String SUBJECT = "EARLY_WARNING_PLAN";

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final EarlyWarningPlanRepository plans;

	private final WarningAccess access;

	private final Trajectories trajectories;

	private final JdbcClient jdbc;

	private final Clock clock;

	EarlyWarningPlans(EarlyWarningPlanRepository plans, WarningAccess access, Trajectories trajectories,
			JdbcClient jdbc, Clock clock) {
		this.plans = plans;
		this.access = access;
		this.trajectories = trajectories;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A version of the plan (the latest when {@code number} is null) with its zones, for
	 * the assigned coach; the read is logged.
	 */
	@Transactional(readOnly = true)
	public EarlyWarningPlanPage page(CurrentUser user, long trajectoryId, Integer number) {
		TrajectoryFrame frame = this.access.coach(user, trajectoryId);
		List<EarlyWarningPlanPage.VersionRow> versions = versions(frame);
		if (versions.isEmpty()) {
			if (number != null) {
				throw new NotFoundException("early-warning plan", number);
			}
			return new EarlyWarningPlanPage(frame, versions, null);
		}
		EarlyWarningPlan plan = load(frame, (number != null) ? number : versions.get(0).number());
		this.access.read(user, frame, SUBJECT);
		return new EarlyWarningPlanPage(frame, versions, view(plan));
	}

	/**
	 * The participant's own early-warning plan as the portal shows it: only the version
	 * in force (the agreed one), never a draft; without an agreed version {@code plan} is
	 * null. The read is logged as the participant's. Another trajectory is not found.
	 */
	@Transactional(readOnly = true)
	public EarlyWarningPlanPage own(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = this.access.own(user, trajectoryId);
		List<EarlyWarningPlanPage.VersionRow> agreed = versions(frame).stream()
			.filter(v -> v.status() == EarlyWarningPlanStatus.AGREED)
			.toList();
		if (agreed.isEmpty()) {
			return new EarlyWarningPlanPage(frame, agreed, null);
		}
		EarlyWarningPlan plan = load(frame, agreed.get(0).number());
		this.access.read(user, frame, SUBJECT);
		return new EarlyWarningPlanPage(frame, agreed, view(plan));
	}

	/**
	 * Starts the plan: the first draft (from the previous trajectory's plan when the
	 * trajectory was re-activated), or a new draft from the agreed version to change it.
	 * @return the number of the new version
	 */
	public int startDraft(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = this.access.writable(user, trajectoryId);
		List<EarlyWarningPlan> all = this.plans
			.findByOrganisationIdAndTrajectoryIdOrderByNumberDesc(frame.organisationId(), trajectoryId);
		EarlyWarningPlan draft;
		if (all.isEmpty()) {
			draft = previous(user, frame)
				.map(earlier -> earlier.copyFor(trajectoryId, this.clock.instant(), user.accountId()))
				.orElseGet(() -> EarlyWarningPlan.first(frame.organisationId(), trajectoryId, frame.participantId(),
						this.clock.instant(), user.accountId()));
		}
		else {
			if (all.get(0).status() == EarlyWarningPlanStatus.DRAFT) {
				throw new DomainRuleException("warning.guard.draftExists");
			}
			draft = all.get(0).nextDraft(this.clock.instant(), user.accountId());
		}
		this.access.changed(user, frame, SUBJECT);
		return this.plans.save(draft).number();
	}

	/**
	 * Writes what one zone of a draft holds.
	 */
	public void describeZone(CurrentUser user, long trajectoryId, int number, long version, Zone zone,
			ZoneContent content) {
		change(user, trajectoryId, number, version, plan -> plan.describe(zone, content));
	}

	/**
	 * Switches the optional yellow zone of a draft on or off.
	 */
	public void useYellow(CurrentUser user, long trajectoryId, int number, long version, boolean yellow) {
		change(user, trajectoryId, number, version, plan -> plan.useYellow(yellow));
	}

	/**
	 * Records that participant and coach agreed the draft on a day; the version agreed
	 * before it is superseded.
	 */
	public void agree(CurrentUser user, long trajectoryId, int number, long version, LocalDate agreedOn) {
		change(user, trajectoryId, number, version, plan -> plan.agree(agreedOn, today()));
		this.plans.findByOrganisationIdAndTrajectoryIdOrderByNumberDesc(user.organisationId(), trajectoryId)
			.stream()
			.filter(other -> other.number() != number && other.status() == EarlyWarningPlanStatus.AGREED)
			.forEach(other -> {
				other.supersede();
				this.plans.save(other);
			});
	}

	/**
	 * The latest version's number and status and the number of the version in force (the
	 * latest agreed), for a trajectory whose frame the caller has and may read the plan
	 * of; all null without a plan. Not logged: it shows no content.
	 */
	@Transactional(readOnly = true)
	public Summary summary(TrajectoryFrame frame) {
		return this.jdbc.sql("""
				select (select number from early_warning_plan where organisation_id = :o and trajectory_id = :t
				        order by number desc limit 1) as number,
				       (select status from early_warning_plan where organisation_id = :o and trajectory_id = :t
				        order by number desc limit 1) as status,
				       (select number from early_warning_plan where organisation_id = :o and trajectory_id = :t
				        and status = 'AGREED') as in_force,
				       (select agreed_on from early_warning_plan where organisation_id = :o and trajectory_id = :t
				        and status = 'AGREED') as agreed_on
				""")
			.param("o", frame.organisationId())
			.param("t", frame.id())
			.query((rs, row) -> new Summary((Integer) rs.getObject("number"),
					(rs.getString("status") != null) ? EarlyWarningPlanStatus.valueOf(rs.getString("status")) : null,
					(Integer) rs.getObject("in_force"), rs.getObject("agreed_on", LocalDate.class)))
			.single();
	}

	/**
	 * The state of a trajectory's early-warning plan in a few words.
	 */
	public record Summary(Integer latest, EarlyWarningPlanStatus status, Integer inForce, LocalDate agreedOn) {

		public boolean exists() {
			return this.latest != null;
		}

	}

	/**
	 * Whether the plan in force (or else the draft) uses the yellow zone.
	 */
	@Transactional(readOnly = true)
	boolean usesYellow(long organisationId, long trajectoryId) {
		return this.jdbc.sql("""
				select uses_yellow from early_warning_plan where organisation_id = :o and trajectory_id = :t
				order by (status = 'AGREED') desc, number desc limit 1
				""").param("o", organisationId).param("t", trajectoryId).query(Boolean.class).optional().orElse(false);
	}

	private java.util.Optional<EarlyWarningPlan> previous(CurrentUser user, TrajectoryFrame frame) {
		Long previous = this.trajectories.details(user, frame.id()).previousTrajectoryId();
		if (previous == null) {
			return java.util.Optional.empty();
		}
		return this.plans.findByOrganisationIdAndTrajectoryIdOrderByNumberDesc(frame.organisationId(), previous)
			.stream()
			.filter(plan -> plan.status() == EarlyWarningPlanStatus.AGREED)
			.findFirst();
	}

	private void change(CurrentUser user, long trajectoryId, int number, long version,
			Consumer<EarlyWarningPlan> change) {
		TrajectoryFrame frame = this.access.writable(user, trajectoryId);
		EarlyWarningPlan plan = load(frame, number);
		ConcurrentEditException.check("early-warning plan", trajectoryId, plan.version(), version);
		change.accept(plan);
		this.plans.save(plan);
		this.access.changed(user, frame, SUBJECT);
	}

	private EarlyWarningPlan load(TrajectoryFrame frame, int number) {
		return this.plans.findByOrganisationIdAndTrajectoryIdAndNumber(frame.organisationId(), frame.id(), number)
			.orElseThrow(() -> new NotFoundException("early-warning plan", number));
	}

	private List<EarlyWarningPlanPage.VersionRow> versions(TrajectoryFrame frame) {
		return this.jdbc.sql("""
				select number, status, agreed_on, created_at from early_warning_plan
				where organisation_id = :o and trajectory_id = :t order by number desc
				""")
			.param("o", frame.organisationId())
			.param("t", frame.id())
			.query((rs, row) -> new EarlyWarningPlanPage.VersionRow(rs.getInt("number"),
					EarlyWarningPlanStatus.valueOf(rs.getString("status")), rs.getObject("agreed_on", LocalDate.class),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	private static EarlyWarningPlanPage.Version view(EarlyWarningPlan plan) {
		return new EarlyWarningPlanPage.Version(plan.number(), plan.status(), plan.usesYellow(), plan.agreedOn(),
				plan.version(), plan.zonesInUse());
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

}
