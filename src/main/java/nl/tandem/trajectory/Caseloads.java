package nl.tandem.trajectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.organisation.Staff;
import nl.tandem.participant.Participants;
import nl.tandem.platform.PageOf;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read models of trajectories: the coach's dashboard, the team lead's caseloads, and the
 * searchable list. Each is one SQL query over the trajectory tables, followed by one
 * query per other module for the names, so the number of statements does not grow with
 * the caseload.
 */
@Service
@Transactional(readOnly = true)
public class Caseloads {

	/**
	 * The number of active trajectories per coach above which a caseload is too large
	 * (the IPS norm).
	 */
	public static final int CASELOAD_NORM = 20;

	static final int SEARCH_MATCH_LIMIT = 500;

	private static final String ROW_COLUMNS = """
			t.id, t.participant_id, t.coach_id, t.phase, t.referred_on, t.expected_resume,
			p.employer_id, p.start_date as placement_start,
			g.start_date as grant_start, g.period_months, g.periods, g.minutes_per_period
			from trajectory t
			left join lateral (select employer_id, start_date from placement pl where pl.trajectory_id = t.id
			                   order by pl.start_date desc limit 1) p on true
			left join funding_grant g on g.trajectory_id = t.id
			""";

	private final JdbcClient jdbc;

	private final TrajectoryAccess access;

	private final Participants participants;

	private final Employers employers;

	private final Staff staff;

	private final Clock clock;

	private final List<PlannedSessions> plannedSessions;

	private final List<UsedTime> usedTime;

	Caseloads(JdbcClient jdbc, TrajectoryAccess access, Participants participants, Employers employers, Staff staff,
			Clock clock, List<PlannedSessions> plannedSessions, List<UsedTime> usedTime) {
		this.usedTime = usedTime;
		this.plannedSessions = plannedSessions;
		this.jdbc = jdbc;
		this.access = access;
		this.participants = participants;
		this.employers = employers;
		this.staff = staff;
		this.clock = clock;
	}

	/**
	 * The open trajectories of the signed-in coach, grouped by phase in lifecycle order,
	 * with their signals.
	 */
	public Map<Phase, List<TrajectoryRow>> coachDashboard(CurrentUser coach) {
		if (!coach.has(Role.COACH) || coach.personId() == null) {
			return Map.of();
		}
		List<TrajectoryRow> own = watched(coach).stream()
			.filter(row -> coach.personId().equals(row.coachId()))
			.toList();
		Map<Phase, List<TrajectoryRow>> grouped = new LinkedHashMap<>();
		for (TrajectoryRow row : listed(coach.organisationId(), own)) {
			grouped.computeIfAbsent(row.phase(), phase -> new ArrayList<>()).add(row);
		}
		Map<Phase, List<TrajectoryRow>> ordered = new LinkedHashMap<>();
		Phase.DISPLAY_ORDER.stream()
			.filter(grouped::containsKey)
			.forEach(phase -> ordered.put(phase, grouped.get(phase)));
		return ordered;
	}

	/**
	 * The open trajectories a user watches over, oldest referral first: a coach's own, a
	 * team lead's team's (both when the user is both). Administrators watch none: they
	 * manage the organisation, not the coaching. For the signals and the phase-out
	 * readiness on the dashboards, and the coach's own list. A page that only reads looks
	 * them up once, however many of its panels ask.
	 */
	public List<TrajectoryRow> watched(CurrentUser user) {
		return ReadRequestCache.get("watched:" + user.accountId(), () -> readWatched(user));
	}

	private List<TrajectoryRow> readWatched(CurrentUser user) {
		Long coach = (user.has(Role.COACH) && user.personId() != null) ? user.personId() : null;
		Long team = this.access.teamOfLead(user);
		if (coach == null && team == null) {
			return List.of();
		}
		List<Raw> raw = this.jdbc
			.sql("select " + ROW_COLUMNS
					+ """
							where t.organisation_id = :organisation and t.phase <> 'CLOSED' and (t.coach_id = :coach or t.team_id = :team)
							order by t.referred_on, t.id
							""")
			.param("organisation", user.organisationId())
			.param("coach", (coach != null) ? coach : -1L)
			.param("team", (team != null) ? team : -1L)
			.query(Raw.class)
			.list();
		return watchedRows(user.organisationId(), raw);
	}

	/**
	 * The participant of each open trajectory a coach is assigned to, by trajectory id,
	 * for the coach's own calendar.
	 */
	public Map<Long, Long> participantsOfOpen(long organisationId, long coachId) {
		Map<Long, Long> participants = new LinkedHashMap<>();
		this.jdbc.sql("""
				select id, participant_id from trajectory
				where organisation_id = :organisation and coach_id = :coach and phase <> 'CLOSED'
				order by id
				""")
			.param("organisation", organisationId)
			.param("coach", coachId)
			.query((rs, row) -> participants.put(rs.getLong("id"), rs.getLong("participant_id")))
			.list();
		return participants;
	}

	/**
	 * The participant of each trajectory a coach closed on or after a day, by trajectory
	 * id, in one query: for the follow-ups after closure that are due.
	 */
	public Map<Long, Long> participantsOfClosed(long organisationId, long coachId, LocalDate closedSince) {
		Map<Long, Long> participants = new LinkedHashMap<>();
		this.jdbc.sql("""
				select id, participant_id from trajectory
				where organisation_id = :organisation and coach_id = :coach and phase = 'CLOSED' and closed_on >= :since
				order by id
				""")
			.param("organisation", organisationId)
			.param("coach", coachId)
			.param("since", closedSince)
			.query((rs, row) -> participants.put(rs.getLong("id"), rs.getLong("participant_id")))
			.list();
		return participants;
	}

	/**
	 * The paused trajectories among these whose expected resume date has passed, with
	 * that date, in one query: for the signals list, which asks for the trajectories it
	 * already may show.
	 */
	public Map<Long, LocalDate> resumeOverdue(long organisationId, Collection<Long> trajectoryIds, LocalDate today) {
		if (trajectoryIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, LocalDate> overdue = new LinkedHashMap<>();
		this.jdbc.sql("""
				select id, expected_resume from trajectory
				where organisation_id = :organisation and id in (:ids) and phase = 'PAUSED' and expected_resume < :today
				order by expected_resume, id
				""")
			.param("organisation", organisationId)
			.param("ids", trajectoryIds)
			.param("today", today)
			.query((rs, row) -> overdue.put(rs.getLong("id"), rs.getObject("expected_resume", LocalDate.class)))
			.list();
		return overdue;
	}

	/**
	 * The caseload of every coach of the team lead's team (or of the whole organisation
	 * for an administrator): trajectories being coached per coach, against the norm.
	 */
	public List<CoachCaseload> caseloads(CurrentUser user) {
		Long team = this.access.teamOfLead(user);
		if (team == null && !user.has(Role.ADMIN)) {
			return List.of();
		}
		List<Staff.Coach> coaches = this.staff.coaches(user.organisationId(), user.has(Role.ADMIN) ? null : team);
		Map<Long, Integer> counts = new LinkedHashMap<>();
		this.jdbc.sql("""
				select coach_id, count(*) as active from trajectory
				where organisation_id = :organisation and coach_id = any(:coaches)
				and phase in ('INTAKE', 'PLANNING', 'ACTIVE', 'PHASING_OUT', 'EVALUATION', 'PAUSED')
				group by coach_id
				""")
			.param("organisation", user.organisationId())
			.param("coaches", coaches.stream().map(Staff.Coach::id).toArray(Long[]::new))
			.query((rs, row) -> counts.put(rs.getLong("coach_id"), rs.getInt("active")))
			.list();
		return coaches.stream()
			.map(coach -> new CoachCaseload(coach.id(), coach.displayName(), coach.teamName(),
					counts.getOrDefault(coach.id(), 0)))
			.toList();
	}

	/**
	 * Referrals that no coach has yet, oldest first.
	 */
	public List<TrajectoryRow> unassigned(CurrentUser user) {
		if (!user.has(Role.ADMIN) && !user.has(Role.TEAM_LEAD)) {
			return List.of();
		}
		List<Raw> raw = this.jdbc.sql("select " + ROW_COLUMNS + """
				where t.organisation_id = :organisation and t.coach_id is null and t.phase <> 'CLOSED'
				order by t.referred_on limit 50
				""").param("organisation", user.organisationId()).query(Raw.class).list();
		return rows(user.organisationId(), raw);
	}

	/**
	 * One page of the trajectories the user may see, optionally filtered by phase and by
	 * a part of the participant's name or reference or the employer's name.
	 */
	public PageOf<TrajectoryRow> search(CurrentUser user, String query, Phase phase, int page) {
		TrajectoryAccess.requireStaff(user);
		Scope scope = scope(user);
		boolean searching = query != null && !query.isBlank();
		Long[] participantIds = searching
				? this.participants.idsMatching(user.organisationId(), query, SEARCH_MATCH_LIMIT).toArray(Long[]::new)
				: new Long[0];
		Long[] employerIds = searching
				? this.employers.idsMatching(user.organisationId(), query, SEARCH_MATCH_LIMIT).toArray(Long[]::new)
				: new Long[0];
		String where = """
				where t.organisation_id = :organisation
				and (:everyone or t.coach_id = :coach or t.team_id = :team or (:lead and t.coach_id is null))
				and (cast(:phase as text) is null or t.phase = :phase)
				and (not :searching or t.participant_id = any(:participants)
				     or exists (select 1 from placement s where s.trajectory_id = t.id and s.employer_id = any(:employers)))
				""";
		long total = bind(this.jdbc.sql("select count(*) from trajectory t " + where), user, scope, phase, searching,
				participantIds, employerIds)
			.query(Long.class)
			.single();
		List<Raw> raw = bind(
				this.jdbc.sql("select " + ROW_COLUMNS + where
						+ " order by t.referred_on desc, t.id desc limit :size offset :offset"),
				user, scope, phase, searching, participantIds, employerIds)
			.param("size", PageOf.DEFAULT_SIZE)
			.param("offset", PageOf.offset(page, PageOf.DEFAULT_SIZE))
			.query(Raw.class)
			.list();
		return new PageOf<>(rows(user.organisationId(), raw), Math.max(0, page), PageOf.DEFAULT_SIZE, total);
	}

	/**
	 * The trajectories with a grant of the funder that the user answers for (a team lead:
	 * the team's; an administrator: the organisation's), with the participant's reference
	 * and the grant's reference and tariff, for an hours statement. Coaches get none of
	 * this: invoicing is not theirs.
	 */
	public List<Funded> funded(CurrentUser user, Funder funder) {
		Long team = this.access.teamOfLead(user);
		if (!user.has(Role.ADMIN) && team == null) {
			throw new AccessDeniedException("Hours statements are for team leads and administrators");
		}
		record Row(long id, long participantId, String funder, String funderName, String reference,
				int hourlyTariffCents) {
		}
		List<Row> rows = this.jdbc.sql("""
				select t.id, t.participant_id, g.funder, g.funder_name, g.reference, g.hourly_tariff_cents
				from trajectory t join funding_grant g on g.trajectory_id = t.id
				where t.organisation_id = :organisation and g.organisation_id = :organisation and g.funder = :funder
				and (:everyone or t.team_id = :team)
				order by t.id
				""")
			.param("organisation", user.organisationId())
			.param("funder", funder.name())
			.param("everyone", user.has(Role.ADMIN))
			.param("team", (team != null) ? team : -1L)
			.query(Row.class)
			.list();
		Map<Long, String> references = rows.isEmpty() ? Map.of()
				: this.participants.references(user.organisationId(), rows.stream().map(Row::participantId).toList());
		return rows.stream()
			.map(r -> new Funded(r.id(), references.get(r.participantId()), Funder.valueOf(r.funder()), r.funderName(),
					r.reference(), r.hourlyTariffCents()))
			.toList();
	}

	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, CurrentUser user, Scope scope,
			Phase phase, boolean searching, Long[] participantIds, Long[] employerIds) {
		return statement.param("organisation", user.organisationId())
			.param("everyone", scope.everyone())
			.param("coach", scope.coach())
			.param("team", scope.team())
			.param("lead", scope.lead())
			.param("phase", (phase != null) ? phase.name() : null)
			.param("searching", searching)
			.param("participants", participantIds)
			.param("employers", employerIds);
	}

	private Scope scope(CurrentUser user) {
		boolean everyone = user.has(Role.ADMIN);
		Long coach = user.has(Role.COACH) ? user.personId() : null;
		Long team = this.access.teamOfLead(user);
		return new Scope(everyone, (coach != null) ? coach : -1L, (team != null) ? team : -1L,
				user.has(Role.TEAM_LEAD));
	}

	private List<TrajectoryRow> rows(long organisation, List<Raw> raw) {
		return listed(organisation, watchedRows(organisation, raw));
	}

	/**
	 * The rows as the signals and the readiness need them: names of participant and
	 * coach, and the hours used, without the employer's name and the next session that
	 * only a list shows (a team lead watches over hundreds of trajectories).
	 */
	private List<TrajectoryRow> watchedRows(long organisation, List<Raw> raw) {
		if (raw.isEmpty()) {
			return List.of();
		}
		Map<Long, String> participantNames = this.participants.names(organisation, ids(raw, Raw::participantId));
		Map<Long, String> coachNames = this.staff.names(organisation, ids(raw, Raw::coachId));
		LocalDate today = LocalDate.now(this.clock.withZone(Trajectories.ZONE));
		Map<Long, UsedTime.Period> periods = new java.util.HashMap<>();
		raw.forEach(r -> currentPeriod(r, today).ifPresent(period -> periods.put(r.id(), period)));
		Map<Long, Integer> used = new java.util.HashMap<>();
		if (!periods.isEmpty()) {
			this.usedTime.forEach(time -> used.putAll(time.minutesUsed(organisation, periods)));
		}
		return raw.stream()
			.map(r -> new TrajectoryRow(r.id(), r.participantId(), participantNames.get(r.participantId()),
					r.employerId(), null, nameOf(coachNames, r.coachId()), r.coachId(), Phase.valueOf(r.phase()),
					r.referredOn(), r.placementStart(), null, periods.containsKey(r.id()) ? r.minutesPerPeriod() : null,
					periods.containsKey(r.id()) ? used.getOrDefault(r.id(), 0) : null, signals(r, today)))
			.toList();
	}

	/**
	 * The rows with what a list shows besides: the employer's name and the next planned
	 * session.
	 */
	private List<TrajectoryRow> listed(long organisation, List<TrajectoryRow> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, String> employerNames = this.employers.names(organisation,
				rows.stream().map(TrajectoryRow::employerId).filter(Objects::nonNull).distinct().toList());
		LocalDate today = LocalDate.now(this.clock.withZone(Trajectories.ZONE));
		Map<Long, LocalDate> next = new java.util.HashMap<>();
		List<Long> ids = rows.stream().map(TrajectoryRow::id).toList();
		this.plannedSessions.forEach(sessions -> next.putAll(sessions.nextPlanned(organisation, ids, today)));
		return rows.stream()
			.map(row -> row.listed(nameOf(employerNames, row.employerId()), next.get(row.id())))
			.toList();
	}

	/**
	 * The name of an optional reference; the maps of names do not take null keys.
	 */
	static String nameOf(Map<Long, String> names, Long id) {
		return (id != null) ? names.get(id) : null;
	}

	private static List<Long> ids(List<Raw> raw, java.util.function.Function<Raw, Long> id) {
		return raw.stream().map(id).filter(Objects::nonNull).distinct().toList();
	}

	/**
	 * The grant period a trajectory being coached is in today, if any.
	 */
	static java.util.Optional<UsedTime.Period> currentPeriod(Raw row, LocalDate today) {
		Phase phase = Phase.valueOf(row.phase());
		if (row.grantStart() == null || !phase.isOpen()) {
			return java.util.Optional.empty();
		}
		return periods(row).stream().filter(p -> !today.isBefore(p.from()) && !today.isAfter(p.to())).findFirst();
	}

	/**
	 * The grant periods of a row with a grant, first to last.
	 */
	private static List<UsedTime.Period> periods(Raw row) {
		List<UsedTime.Period> periods = new ArrayList<>();
		for (int number = 1; number <= row.periods(); number++) {
			periods.add(new UsedTime.Period(row.grantStart().plusMonths((long) (number - 1) * row.periodMonths()),
					row.grantStart().plusMonths((long) number * row.periodMonths()).minusDays(1)));
		}
		return periods;
	}

	static Set<Signal> signals(Raw row, LocalDate today) {
		Set<Signal> signals = EnumSet.noneOf(Signal.class);
		Phase phase = Phase.valueOf(row.phase());
		if ((phase == Phase.REFERRED || phase == Phase.INTAKE) && row.referredOn().isBefore(today.minusWeeks(4))) {
			signals.add(Signal.INTAKE_OVERDUE);
		}
		if (phase == Phase.PAUSED && row.expectedResume() != null && row.expectedResume().isBefore(today)) {
			signals.add(Signal.RESUME_OVERDUE);
		}
		if (phase.isOpen() && row.grantStart() != null) {
			if (periods(row).stream().anyMatch(p -> !p.to().isBefore(today) && !p.to().isAfter(today.plusWeeks(4)))) {
				signals.add(Signal.GRANT_PERIOD_ENDING);
			}
		}
		return signals;
	}

	/**
	 * A trajectory with its grant, as an hours statement needs it: no names, only
	 * references.
	 */
	public record Funded(long trajectoryId, String participantReference, Funder funder, String funderName,
			String grantReference, int hourlyTariffCents) {
	}

	/**
	 * A trajectory as lists and dashboards show it.
	 */
	public record TrajectoryRow(long id, long participantId, String participantName, Long employerId,
			String employerName, String coachName, Long coachId, Phase phase, LocalDate referredOn,
			LocalDate placementStart, LocalDate nextSession, Integer minutesGranted, Integer minutesUsed,
			Set<Signal> signals) {

		/**
		 * Hours used against hours granted in the current grant period, e.g. "12 / 40",
		 * or null without a current period.
		 */
		TrajectoryRow listed(String employerName, LocalDate nextSession) {
			return new TrajectoryRow(this.id, this.participantId, this.participantName, this.employerId, employerName,
					this.coachName, this.coachId, this.phase, this.referredOn, this.placementStart, nextSession,
					this.minutesGranted, this.minutesUsed, this.signals);
		}

		public String hoursUsed() {
			return (this.minutesGranted != null)
					? Hours.format(this.minutesUsed) + " / " + Hours.format(this.minutesGranted) : null;
		}

	}

	/**
	 * Something about a trajectory that needs the coach's attention.
	 */
	public enum Signal {

		INTAKE_OVERDUE, RESUME_OVERDUE, GRANT_PERIOD_ENDING

	}

	/**
	 * How many trajectories a coach is coaching, against the norm.
	 */
	public record CoachCaseload(long coachId, String coachName, String teamName, int active) {

		public boolean aboveNorm() {
			return this.active > CASELOAD_NORM;
		}

	}

	record Raw(long id, long participantId, Long coachId, String phase, LocalDate referredOn, LocalDate expectedResume,
			Long employerId, LocalDate placementStart, LocalDate grantStart, Integer periodMonths, Integer periods,
			Integer minutesPerPeriod) {
	}

	private record Scope(boolean everyone, long coach, long team, boolean lead) {
	}

}
