package nl.tandem.trajectory;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trajectories a user may count, for the organisation's analytics: those that were
 * open at some time in a period, with the days that matter (referral, start of the
 * coaching, closure) and what they are filtered on (team, coach, funder). An
 * administrator counts the organisation, a team lead the team, a coach their own
 * trajectories. No names, no text: analytics never show free text.
 */
@Service
@Transactional(readOnly = true)
public class Cohorts {

	private final JdbcClient jdbc;

	private final TrajectoryAccess access;

	Cohorts(JdbcClient jdbc, TrajectoryAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/**
	 * The trajectories referred on or before {@code to} and not closed before
	 * {@code from}, within the user's scope and the filters (null for all).
	 */
	public List<Row> open(CurrentUser user, LocalDate from, LocalDate to, Long team, Long coach, Funder funder) {
		TrajectoryAccess.requireStaff(user);
		boolean everyone = user.has(Role.ADMIN);
		Long leadTeam = this.access.teamOfLead(user);
		Long ownCoach = user.has(Role.COACH) ? user.personId() : null;
		if (!everyone && leadTeam == null && ownCoach == null) {
			return List.of();
		}
		return this.jdbc
			.sql("""
					select t.id, t.coach_id, t.team_id, g.funder, t.phase, t.referred_on, t.closed_on, t.end_reason,
					       (select min(x.at)::date from transition x where x.trajectory_id = t.id and x.to_phase = 'ACTIVE') as started_on
					from trajectory t left join funding_grant g on g.trajectory_id = t.id
					where t.organisation_id = :organisation and t.referred_on <= :to and (t.closed_on is null or t.closed_on >= :from)
					  and (:everyone or t.team_id = :leadTeam or t.coach_id = :ownCoach)
					  and (cast(:team as bigint) is null or t.team_id = :team)
					  and (cast(:coach as bigint) is null or t.coach_id = :coach)
					  and (cast(:funder as text) is null or g.funder = :funder)
					order by t.id
					""")
			.param("organisation", user.organisationId())
			.param("from", from)
			.param("to", to)
			.param("everyone", everyone)
			.param("leadTeam", (leadTeam != null) ? leadTeam : -1L)
			.param("ownCoach", (ownCoach != null) ? ownCoach : -1L)
			.param("team", team)
			.param("coach", coach)
			.param("funder", (funder != null) ? funder.name() : null)
			.query((rs, n) -> new Row(rs.getLong("id"), (Long) rs.getObject("coach_id"), (Long) rs.getObject("team_id"),
					(rs.getString("funder") != null) ? Funder.valueOf(rs.getString("funder")) : null,
					Phase.valueOf(rs.getString("phase")), rs.getObject("referred_on", LocalDate.class),
					rs.getObject("started_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
					(rs.getString("end_reason") != null) ? EndReason.valueOf(rs.getString("end_reason")) : null))
			.list();
	}

	/**
	 * Every trajectory within the user's scope (administrator: the organisation; team
	 * lead: the team; nobody else) and the filters, read with a database cursor
	 * {@code fetchSize} rows at a time and handed to {@code each} in order of id, so that
	 * an export of any size never holds the rows of all of them at once. Only the days,
	 * the funder and how it ended: no names, no text.
	 */
	public void forEach(CurrentUser user, Long team, Funder funder, int fetchSize, Consumer<Member> each) {
		TrajectoryAccess.requireStaff(user);
		boolean everyone = user.has(Role.ADMIN);
		Long leadTeam = this.access.teamOfLead(user);
		if (!everyone && leadTeam == null) {
			return;
		}
		try (Stream<Member> members = this.jdbc
			.sql("""
					select t.id, t.participant_id, g.funder, t.phase, t.referred_on, t.closed_on, t.end_reason,
					       (select min(x.at)::date from transition x where x.trajectory_id = t.id and x.to_phase = 'ACTIVE') as started_on
					from trajectory t left join funding_grant g on g.trajectory_id = t.id
					where t.organisation_id = :organisation and (:everyone or t.team_id = :leadTeam)
					  and (cast(:team as bigint) is null or t.team_id = :team)
					  and (cast(:funder as text) is null or g.funder = :funder)
					order by t.id
					""")
			.withFetchSize(fetchSize)
			.param("organisation", user.organisationId())
			.param("everyone", everyone)
			.param("leadTeam", (leadTeam != null) ? leadTeam : -1L)
			.param("team", team)
			.param("funder", (funder != null) ? funder.name() : null)
			.query((rs, n) -> new Member(rs.getLong("id"), rs.getLong("participant_id"),
					(rs.getString("funder") != null) ? Funder.valueOf(rs.getString("funder")) : null,
					Phase.valueOf(rs.getString("phase")), rs.getObject("referred_on", LocalDate.class),
					rs.getObject("started_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
					(rs.getString("end_reason") != null) ? EndReason.valueOf(rs.getString("end_reason")) : null))
			.stream()) {
			members.forEach(each);
		}
	}

	/**
	 * A trajectory as an export reads it: with its participant (for the consent), never
	 * the participant's name.
	 */
	public record Member(long id, long participantId, Funder funder, Phase phase, LocalDate referredOn,
			LocalDate startedOn, LocalDate closedOn, EndReason endReason) {
	}

	/**
	 * A trajectory as analytics count it.
	 *
	 * @param startedOn the day the coaching started (the trajectory became active), or
	 * null
	 */
	public record Row(long id, Long coachId, Long teamId, Funder funder, Phase phase, LocalDate referredOn,
			LocalDate startedOn, LocalDate closedOn, EndReason endReason) {
	}

}
