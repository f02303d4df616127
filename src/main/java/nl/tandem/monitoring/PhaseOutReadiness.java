package nl.tandem.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.tandem.identity.CurrentUser;
import nl.tandem.plan.Plans;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.trajectory.Caseloads.TrajectoryRow;
import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryDetails;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The phase-out readiness of active trajectories ({@link Readiness}), computed for all of
 * a coach's active trajectories at once from the plan (goals reached, natural support),
 * the zones, the balance check-ins and the participant's own view, which the coach
 * records here.
 */
@Service
@Transactional(readOnly = true)
public class PhaseOutReadiness {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final Plans plans;

	private final EarlyWarning earlyWarning;

	private final CheckIns checkIns;

	private final Trajectories trajectories;

	private final JdbcClient jdbc;

	private final Clock clock;

	PhaseOutReadiness(Plans plans, EarlyWarning earlyWarning, CheckIns checkIns, Trajectories trajectories,
			JdbcClient jdbc, Clock clock) {
		this.plans = plans;
		this.earlyWarning = earlyWarning;
		this.checkIns = checkIns;
		this.trajectories = trajectories;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The readiness of each active trajectory among these rows, in their order.
	 */
	public List<Readiness> of(CurrentUser user, List<TrajectoryRow> rows) {
		Map<Long, String> active = new java.util.LinkedHashMap<>();
		rows.stream().filter(r -> r.phase() == Phase.ACTIVE).forEach(r -> active.put(r.id(), r.participantName()));
		return compute(user.organisationId(), active);
	}

	/**
	 * The readiness of one trajectory whose coach or team lead the caller checked the
	 * user to be, when it is active.
	 */
	public Optional<Readiness> of(TrajectoryDetails trajectory, long organisationId) {
		if (trajectory.phase() != Phase.ACTIVE) {
			return Optional.empty();
		}
		return compute(organisationId, Map.of(trajectory.id(), trajectory.participantName())).stream().findFirst();
	}

	private List<Readiness> compute(long organisation, Map<Long, String> active) {
		if (active.isEmpty()) {
			return List.of();
		}
		List<Long> ids = List.copyOf(active.keySet());
		Map<Long, Plans.GoalsReached> goals = this.plans.goalsReached(organisation, ids);
		Set<Long> green = this.earlyWarning.greenFor(organisation, ids, Readiness.GREEN_WEEKS, today());
		Map<Long, CheckInSignals.LatestBalance> balance = this.checkIns.latestBalance(organisation, ids);
		Map<Long, View> views = views(organisation, ids);
		return ids.stream().map(id -> {
			Plans.GoalsReached reached = goals.get(id);
			CheckInSignals.LatestBalance latest = balance.get(id);
			View view = views.get(id);
			return new Readiness(id, active.get(id), (reached != null) ? reached.percent() : null,
					reached != null && reached.goals() > 0 && 2 * reached.reached() >= reached.goals(),
					green.contains(id), reached != null && reached.naturalSupport(), latest != null && latest.stable(),
					(view != null) ? view.view() : null, (view != null) ? view.on() : null);
		}).toList();
	}

	/**
	 * Records the participant's own view on doing with less coaching; only the coach
	 * does.
	 */
	@Transactional
	public void recordView(CurrentUser user, long trajectoryId, PhaseOutView view, String remark) {
		TrajectoryFrame frame = this.trajectories.frame(user, trajectoryId);
		if (!CheckIns.isCoach(user, frame.coachId()) || frame.isClosed()) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Only the trajectory's coach records the participant's view");
		}
		if (view == null) {
			throw new DomainRuleException("readiness.view.required");
		}
		if (remark != null && remark.length() > 1000) {
			throw new DomainRuleException("readiness.remark.tooLong");
		}
		this.jdbc
			.sql("""
					insert into phase_out_view (organisation_id, trajectory_id, view, recorded_on, remark, recorded_at, by_account)
					values (:organisation, :trajectory, :view, :on, :remark, :at, :by)
					""")
			.param("organisation", frame.organisationId())
			.param("trajectory", frame.id())
			.param("view", view.name())
			.param("on", today())
			.param("remark", (remark == null || remark.isBlank()) ? null : remark.strip())
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", user.accountId())
			.update();
	}

	private record View(PhaseOutView view, LocalDate on) {
	}

	private Map<Long, View> views(long organisationId, List<Long> ids) {
		Map<Long, View> views = new HashMap<>();
		this.jdbc.sql("""
				select distinct on (trajectory_id) trajectory_id, view, recorded_on from phase_out_view
				where organisation_id = :organisation and trajectory_id = any(:ids)
				order by trajectory_id, recorded_at desc, id desc
				""")
			.param("organisation", organisationId)
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, row) -> views.put(rs.getLong("trajectory_id"),
					new View(PhaseOutView.valueOf(rs.getString("view")), rs.getObject("recorded_on", LocalDate.class))))
			.list();
		return views;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

}
