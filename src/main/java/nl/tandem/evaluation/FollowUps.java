package nl.tandem.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.tandem.audit.AccessLog;
import nl.tandem.identity.CurrentUser;
import nl.tandem.participant.Participants;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.Caseloads;
import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.PhaseChanged;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-ups after closure: 6, 12 and 24 months after a trajectory closes, the coach
 * checks whether the person still works (where, hours per week). They are scheduled in
 * the same transaction as the closure, show on the coach's home page when due, and what
 * they find may lead the coach to re-activate the trajectory. Only the coach of the
 * closed trajectory records them; the team lead reads them.
 */
@Service
@Transactional
public class FollowUps {

	/**
	 * How many months after closure the follow-ups are due.
	 */
	public static final List<Integer> MONTHS = List.of(6, 12, 24);

	private final FollowUpRepository followUps;

	private final Evaluations evaluations;

	private final Caseloads caseloads;

	private final Participants participants;

	private final AccessLog accessLog;

	private final JdbcClient jdbc;

	private final Clock clock;

	FollowUps(FollowUpRepository followUps, Evaluations evaluations, Caseloads caseloads, Participants participants,
			AccessLog accessLog, JdbcClient jdbc, Clock clock) {
		this.followUps = followUps;
		this.evaluations = evaluations;
		this.caseloads = caseloads;
		this.participants = participants;
		this.accessLog = accessLog;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Schedules the follow-ups of a trajectory that closed today.
	 */
	@EventListener
	void on(PhaseChanged changed) {
		if (changed.to() == Phase.CLOSED) {
			schedule(changed.organisationId(), changed.trajectoryId(), this.evaluations.today());
		}
	}

	/**
	 * Schedules the follow-ups of a trajectory closed on a day; follow-ups already
	 * scheduled stay as they are.
	 */
	void schedule(long organisationId, long trajectoryId, LocalDate closedOn) {
		this.jdbc.sql("""
				insert into follow_up (organisation_id, trajectory_id, months, due_on)
				select :organisation, :trajectory, m, cast(:closed as date) + make_interval(months => m)
				from unnest(cast(:months as int[])) as m
				on conflict do nothing
				""")
			.param("organisation", organisationId)
			.param("trajectory", trajectoryId)
			.param("closed", closedOn)
			.param("months", MONTHS.toArray(Integer[]::new))
			.update();
	}

	/**
	 * Records what a follow-up found, as it was opened at {@code version}; only the coach
	 * of the closed trajectory may.
	 */
	public void record(CurrentUser user, long trajectoryId, long followUpId, long version, FollowUpResult result) {
		TrajectoryFrame frame = this.evaluations.frame(user, trajectoryId);
		if (!Evaluations.isCoach(user, frame.coachId())) {
			throw new AccessDeniedException("Only the trajectory's coach records follow-ups");
		}
		FollowUp followUp = this.followUps
			.findByIdAndOrganisationIdAndTrajectoryId(followUpId, frame.organisationId(), frame.id())
			.orElseThrow(() -> new NotFoundException("follow-up", followUpId));
		if (!frame.isClosed()) {
			throw new DomainRuleException("followUp.notClosed");
		}
		ConcurrentEditException.check("follow-up", followUpId, followUp.version(), version);
		followUp.record(result, closedOn(followUp), this.evaluations.today(), this.clock.instant(), user.accountId());
		this.followUps.save(followUp);
		this.accessLog.changed(user, frame.participantId(), "FOLLOW_UP");
	}

	/**
	 * One follow-up of a trajectory, for its coach and team lead.
	 */
	@Transactional(readOnly = true)
	public FollowUpView followUp(CurrentUser user, long trajectoryId, long followUpId) {
		TrajectoryFrame frame = this.evaluations.frame(user, trajectoryId);
		return ofTrajectory(frame.organisationId(), frame.id()).stream()
			.filter(f -> f.id() == followUpId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("follow-up", followUpId));
	}

	/**
	 * The follow-ups of a trajectory, the first due first, in one query. The caller has
	 * decided that the user may see the trajectory.
	 */
	@Transactional(readOnly = true)
	public List<FollowUpView> ofTrajectory(long organisationId, long trajectoryId) {
		return this.jdbc.sql("""
				select id, trajectory_id, months, due_on, checked_on, situation, minutes_per_week, remark, version
				from follow_up where organisation_id = :organisation and trajectory_id = :trajectory
				order by months
				""")
			.param("organisation", organisationId)
			.param("trajectory", trajectoryId)
			.query((rs, row) -> view(rs))
			.list();
	}

	/**
	 * The follow-ups due (on or before {@code today}, not yet checked) of the
	 * trajectories a coach closed, the oldest first, with the participants' names: for
	 * the coach's home page, in three queries however many there are.
	 */
	@Transactional(readOnly = true)
	public List<Due> due(long organisationId, long coachId, LocalDate today) {
		Map<Long, Long> closed = this.caseloads.participantsOfClosed(organisationId, coachId,
				today.minusMonths(MONTHS.get(MONTHS.size() - 1) + 1));
		if (closed.isEmpty()) {
			return List.of();
		}
		List<FollowUpView> due = this.jdbc.sql("""
				select id, trajectory_id, months, due_on, checked_on, situation, minutes_per_week, remark, version
				from follow_up where organisation_id = :organisation and trajectory_id = any(:ids)
				  and checked_on is null and due_on <= :today
				order by due_on, id limit 50
				""")
			.param("organisation", organisationId)
			.param("ids", closed.keySet().toArray(Long[]::new))
			.param("today", today)
			.query((rs, row) -> view(rs))
			.list();
		if (due.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = this.participants.names(organisationId,
				due.stream().map(f -> closed.get(f.trajectoryId())).distinct().toList());
		return due.stream().map(f -> new Due(f, names.get(closed.get(f.trajectoryId())))).toList();
	}

	/**
	 * A follow-up that is due, with the participant's name.
	 */
	public record Due(FollowUpView followUp, String participantName) {
	}

	/**
	 * The day the trajectory closed, which the follow-up was scheduled from.
	 */
	private static LocalDate closedOn(FollowUp followUp) {
		return followUp.dueOn().minusMonths(followUp.months());
	}

	private static FollowUpView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new FollowUpView(rs.getLong("id"), rs.getLong("trajectory_id"), rs.getInt("months"),
				rs.getObject("due_on", LocalDate.class), rs.getObject("checked_on", LocalDate.class),
				(rs.getString("situation") != null) ? Outcome.valueOf(rs.getString("situation")) : null,
				(Integer) rs.getObject("minutes_per_week"), rs.getString("remark"), rs.getLong("version"));
	}

}
