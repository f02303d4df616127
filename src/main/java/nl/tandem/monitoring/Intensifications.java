package nl.tandem.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.tandem.identity.Accounts;
import nl.tandem.identity.CurrentUser;
import nl.tandem.plan.PlannedHours;
import nl.tandem.plan.ScheduleView;
import nl.tandem.plan.Schedules;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.ContextEventKind;
import nl.tandem.trajectory.ContextEventRecorded;
import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Temporary intensifications of the coaching: proposed by Tandem, decided by the coach.
 * <p>
 * <b>How a proposal comes about.</b> The trajectory module publishes
 * {@link ContextEventRecorded} in the transaction that records a context event; this
 * service listens and stores a proposal for it at once, with the default figures for the
 * event's kind ({@link IntensificationPolicy}). A zone that goes up to orange or red
 * makes a proposal the same way ({@link Zones}). Proposals are stored rather than derived
 * from the events when read, so that the monitoring module never reads the trajectory
 * module's tables, an open proposal is a plain row for the signals' set-based queries
 * ({@link EarlyWarning#openProposals}), and a decision has a record to belong to. Only
 * trajectories being coached at work ({@link Phase#PAUSABLE}: active or phasing out) get
 * proposals: before that there is no schedule to add to, and a paused trajectory is not
 * coached.
 * <p>
 * <b>Deciding.</b> Before deciding, the coach sees the extra sessions and their effect on
 * the hours against the grant ({@link #proposal}). Accepting, as proposed or adapted,
 * adds the sessions to the trajectory's schedule in the same transaction; declining needs
 * a reason. Decisions show in the trajectory's timeline
 * ({@link IntensificationTimeline}). Only the assigned coach sees and decides proposals:
 * a proposal made for a zone reveals the zone.
 */
@Service
@Transactional
public class Intensifications {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final IntensificationRepository intensifications;

	private final WarningAccess access;

	private final Schedules schedules;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	Intensifications(IntensificationRepository intensifications, WarningAccess access, Schedules schedules,
			Accounts accounts, JdbcClient jdbc, Clock clock) {
		this.intensifications = intensifications;
		this.access = access;
		this.schedules = schedules;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Proposes an intensification for a context event just recorded, when the trajectory
	 * is being coached at work.
	 */
	@EventListener
	void on(ContextEventRecorded event) {
		if (!Phase.PAUSABLE.contains(event.phase())) {
			return;
		}
		this.intensifications.save(Intensification.forEvent(event.organisationId(), event.trajectoryId(),
				event.position(), event.kind(), event.happenedOn(), this.clock.instant()));
	}

	/**
	 * Proposes an intensification for a zone that went up to orange or red, unless the
	 * trajectory is not being coached at work or a proposal for a zone is still open.
	 * @return whether a proposal was made
	 */
	boolean proposeForZone(TrajectoryFrame frame, Zone zone, LocalDate on) {
		if (!zone.isRaised() || !Phase.PAUSABLE.contains(frame.phase())) {
			return false;
		}
		boolean open = this.jdbc.sql("""
				select exists (select 1 from intensification where organisation_id = :o and trajectory_id = :t
				               and status = 'PROPOSED' and trigger = 'ZONE')
				""").param("o", frame.organisationId()).param("t", frame.id()).query(Boolean.class).single();
		if (open) {
			return false;
		}
		this.intensifications
			.save(Intensification.forZone(frame.organisationId(), frame.id(), zone, on, this.clock.instant()));
		return true;
	}

	/**
	 * The proposals of a trajectory, open ones first, then the decided ones, newest
	 * first; for its assigned coach.
	 */
	@Transactional(readOnly = true)
	public List<IntensificationView> ofTrajectory(CurrentUser user, long trajectoryId) {
		return ofTrajectory(this.access.coach(user, trajectoryId));
	}

	/**
	 * The proposals of a trajectory whose frame the caller has and may read them for.
	 */
	@Transactional(readOnly = true)
	public List<IntensificationView> ofTrajectory(TrajectoryFrame frame) {
		List<Raw> rows = this.jdbc.sql(SELECT + """
				where organisation_id = :o and trajectory_id = :t
				order by (status = 'PROPOSED') desc, coalesce(decided_at, proposed_at) desc, id desc
				""").param("o", frame.organisationId()).param("t", frame.id()).query(Intensifications::raw).list();
		return views(frame.organisationId(), rows);
	}

	/**
	 * A proposal with the sessions and hours effect of deciding it as proposed, or with
	 * other figures ({@code chosen}, null for the proposed ones) from another first day
	 * ({@code startsOn}, null for today), without saving anything.
	 */
	@Transactional(readOnly = true)
	public IntensificationProposal proposal(CurrentUser user, long trajectoryId, long proposalId,
			IntensificationPlan chosen, LocalDate startsOn) {
		return proposal(user, this.access.coach(user, trajectoryId), proposalId, chosen, startsOn);
	}

	/**
	 * The same for a trajectory whose frame the caller already has; only its assigned
	 * coach gets an answer.
	 */
	@Transactional(readOnly = true)
	public IntensificationProposal proposal(CurrentUser user, TrajectoryFrame frame, long proposalId,
			IntensificationPlan chosen, LocalDate startsOn) {
		if (!WarningAccess.isCoach(user, frame)) {
			throw new NotFoundException("intensification", proposalId);
		}
		IntensificationView view = view(frame, proposalId);
		IntensificationPlan shown = (chosen != null) ? chosen
				: (view.decided() != null) ? view.decided() : view.proposed();
		LocalDate start = (startsOn != null) ? startsOn : (view.startsOn() != null) ? view.startsOn() : today();
		List<Schedules.NewSession> sessions = shown.sessions(start);
		ScheduleView schedule = this.schedules.schedule(user, frame);
		PlannedHours after = this.schedules.previewAdding(user, frame, sessions);
		return new IntensificationProposal(frame, view, shown, start, sessions,
				HoursEffect.between(schedule.hours(), after), schedule.exists());
	}

	/**
	 * Accepts a proposal with these figures (as proposed, or adapted when they differ)
	 * from a first day on, and adds the extra sessions to the trajectory's schedule.
	 */
	public void accept(CurrentUser user, long trajectoryId, long proposalId, long version, IntensificationPlan chosen,
			LocalDate startsOn) {
		TrajectoryFrame frame = this.access.writable(user, trajectoryId);
		Intensification proposal = load(frame, proposalId, version);
		proposal.accept(chosen, startsOn, today(), this.clock.instant(), user.accountId());
		this.intensifications.save(proposal);
		this.schedules.addSessions(frame, chosen.sessions(startsOn));
	}

	/**
	 * Declines a proposal; the coach says why.
	 */
	public void decline(CurrentUser user, long trajectoryId, long proposalId, long version, String reason) {
		TrajectoryFrame frame = this.access.writable(user, trajectoryId);
		Intensification proposal = load(frame, proposalId, version);
		proposal.decline(reason, this.clock.instant(), user.accountId());
		this.intensifications.save(proposal);
	}

	private Intensification load(TrajectoryFrame frame, long proposalId, long version) {
		Intensification proposal = this.intensifications
			.findByIdAndOrganisationIdAndTrajectoryId(proposalId, frame.organisationId(), frame.id())
			.orElseThrow(() -> new NotFoundException("intensification", proposalId));
		ConcurrentEditException.check("intensification", proposalId, proposal.version(), version);
		return proposal;
	}

	private IntensificationView view(TrajectoryFrame frame, long proposalId) {
		List<Raw> rows = this.jdbc.sql(SELECT + " where organisation_id = :o and trajectory_id = :t and id = :id")
			.param("o", frame.organisationId())
			.param("t", frame.id())
			.param("id", proposalId)
			.query(Intensifications::raw)
			.list();
		if (rows.isEmpty()) {
			throw new NotFoundException("intensification", proposalId);
		}
		return views(frame.organisationId(), rows).get(0);
	}

	private static final String SELECT = """
			select id, trigger, event_kind, zone, occurred_on, proposed_at, weeks, sessions_per_week, minutes, status,
			       decided_weeks, decided_sessions_per_week, decided_minutes, starts_on, decline_reason, decided_at,
			       decided_by, version
			from intensification
			""";

	private record Raw(IntensificationView view, Long decidedBy) {
	}

	private static Raw raw(ResultSet rs, int row) throws SQLException {
		Integer decidedWeeks = (Integer) rs.getObject("decided_weeks");
		IntensificationView view = new IntensificationView(rs.getLong("id"),
				IntensificationTrigger.valueOf(rs.getString("trigger")),
				(rs.getString("event_kind") != null) ? ContextEventKind.valueOf(rs.getString("event_kind")) : null,
				(rs.getString("zone") != null) ? Zone.valueOf(rs.getString("zone")) : null,
				rs.getObject("occurred_on", LocalDate.class), rs.getTimestamp("proposed_at").toInstant(),
				new IntensificationPlan(rs.getInt("weeks"), rs.getInt("sessions_per_week"), rs.getInt("minutes")),
				IntensificationStatus.valueOf(rs.getString("status")),
				(decidedWeeks != null) ? new IntensificationPlan(decidedWeeks, rs.getInt("decided_sessions_per_week"),
						rs.getInt("decided_minutes")) : null,
				rs.getObject("starts_on", LocalDate.class), rs.getString("decline_reason"),
				(rs.getTimestamp("decided_at") != null) ? rs.getTimestamp("decided_at").toInstant() : null, null,
				rs.getLong("version"));
		return new Raw(view, (Long) rs.getObject("decided_by"));
	}

	private List<IntensificationView> views(long organisationId, List<Raw> rows) {
		Set<Long> deciders = new HashSet<>();
		rows.stream().map(Raw::decidedBy).filter(id -> id != null).forEach(deciders::add);
		Map<Long, String> names = deciders.isEmpty() ? Map.of() : this.accounts.names(organisationId, deciders);
		return rows.stream()
			.map(r -> withDecider(r.view(), (r.decidedBy() != null) ? names.get(r.decidedBy()) : null))
			.toList();
	}

	private static IntensificationView withDecider(IntensificationView v, String name) {
		return new IntensificationView(v.id(), v.trigger(), v.eventKind(), v.zone(), v.occurredOn(), v.proposedAt(),
				v.proposed(), v.status(), v.decided(), v.startsOn(), v.declineReason(), v.decidedAt(), name,
				v.version());
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

}
