package nl.tandem.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.tandem.coaching.Sessions;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.trajectory.Caseloads;
import nl.tandem.trajectory.Caseloads.TrajectoryRow;
import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signals of the trajectories a coach or team lead watches over, in one list, most
 * urgent first. Each rule is a set-based read model of the module that owns the data
 * (zones and proposals, check-ins, sessions and actions, hours and phases), asked once
 * for all watched trajectories: the number of queries does not grow with the caseload. A
 * signal can be acknowledged with a note; the acknowledgement holds for that occurrence
 * (its subject), so the same kind of signal comes back when something new happens.
 */
@Service
@Transactional(readOnly = true)
public class Signals {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	/**
	 * Weeks without a held session after which a trajectory being coached signals.
	 */
	static final int WEEKS_WITHOUT_SESSION = 6;

	private final Caseloads caseloads;

	private final EarlyWarning earlyWarning;

	private final CheckIns checkIns;

	private final Sessions sessions;

	private final Trajectories trajectories;

	private final SupportRequests supportRequests;

	private final JdbcClient jdbc;

	private final Clock clock;

	Signals(Caseloads caseloads, EarlyWarning earlyWarning, CheckIns checkIns, Sessions sessions,
			Trajectories trajectories, SupportRequests supportRequests, JdbcClient jdbc, Clock clock) {
		this.caseloads = caseloads;
		this.earlyWarning = earlyWarning;
		this.checkIns = checkIns;
		this.sessions = sessions;
		this.trajectories = trajectories;
		this.supportRequests = supportRequests;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The signals of the trajectories the user watches over, most urgent first; those
	 * acknowledged only when asked for.
	 */
	public List<Signal> of(CurrentUser user, boolean acknowledgedToo) {
		return of(user, this.caseloads.watched(user), acknowledgedToo);
	}

	/**
	 * The signals of these watched trajectories (rows the caller already has).
	 */
	public List<Signal> of(CurrentUser user, List<TrajectoryRow> watched, boolean acknowledgedToo) {
		if (watched.isEmpty()) {
			return List.of();
		}
		long organisation = user.organisationId();
		LocalDate today = today();
		Map<Long, TrajectoryRow> rows = watched.stream()
			.collect(Collectors.toMap(TrajectoryRow::id, Function.identity(), (a, b) -> a));
		List<Long> all = List.copyOf(rows.keySet());
		List<Long> coached = watched.stream().filter(r -> isCoached(r.phase())).map(TrajectoryRow::id).toList();
		List<Signal> signals = new ArrayList<>();

		// The message is for the coach, like the answers behind other signals: a team
		// lead
		// learns only that someone asked.
		boolean coachOnly = !user.has(Role.TEAM_LEAD);
		this.supportRequests.of(organisation, all)
			.forEach(request -> signals.add(signal(rows.get(request.trajectoryId()), request.requester().signal(),
					request.requestedAt().atZone(ZONE).toLocalDate(), String.valueOf(request.id()),
					(coachOnly && request.message() != null) ? request.message() : "",
					"/trajectories/" + request.trajectoryId())));
		this.earlyWarning.raisedZones(organisation, coached)
			.forEach((id,
					zone) -> signals.add(signal(rows.get(id),
							(zone.zone() == Zone.RED) ? SignalKind.ZONE_RED : SignalKind.ZONE_ORANGE, zone.since(),
							zone.zone() + "@" + zone.since(), null, "/trajectories/" + id + "/warning")));
		this.earlyWarning.openProposals(organisation, coached)
			.forEach(proposal -> signals.add(signal(rows.get(proposal.trajectoryId()),
					SignalKind.INTENSIFICATION_UNDECIDED, proposal.occurredOn(), String.valueOf(proposal.id()), null,
					"/trajectories/" + proposal.trajectoryId() + "#warning")));
		this.checkIns.latestAlliance(organisation, coached)
			.values()
			.stream()
			.filter(CheckInSignals.AllianceStatus::signal)
			.forEach(alliance -> signals.add(signal(rows.get(alliance.trajectoryId()), SignalKind.ALLIANCE_LOW,
					alliance.takenOn(), alliance.takenOn().toString(), alliance.score().toPlainString(),
					"/trajectories/" + alliance.trajectoryId() + "/checkins/alliance")));
		this.checkIns.droppedOut(organisation, coached)
			.values()
			.forEach(dropped -> signals.add(signal(rows.get(dropped.trajectoryId()), SignalKind.VALUE_DROPPED,
					dropped.takenOn(), dropped.takenOn().toString(), String.valueOf(dropped.values().size()),
					"/trajectories/" + dropped.trajectoryId() + "/checkins/work-values")));
		for (TrajectoryRow row : watched) {
			if (row.minutesGranted() != null && row.minutesGranted() > 0 && row.minutesUsed() != null) {
				int percent = (int) Math.floor(100.0 * row.minutesUsed() / row.minutesGranted());
				if (percent >= 80) {
					signals.add(signal(row, (percent >= 100) ? SignalKind.GRANT_USED_UP : SignalKind.GRANT_NEARLY_USED,
							null, (percent >= 100) ? "100" : "80", row.hoursUsed(),
							"/trajectories/" + row.id() + "/time"));
				}
			}
			if (row.signals().contains(Caseloads.Signal.INTAKE_OVERDUE)) {
				signals.add(signal(row, SignalKind.INTAKE_OVERDUE, row.referredOn(), row.referredOn().toString(), null,
						"/trajectories/" + row.id() + "/intake"));
			}
			if (row.signals().contains(Caseloads.Signal.RESUME_OVERDUE)) {
				signals.add(signal(row, SignalKind.RESUME_OVERDUE, null, row.phase().name(), null,
						"/trajectories/" + row.id()));
			}
		}
		Map<Long, Sessions.HeldTally> held = this.sessions.heldTally(organisation, coached);
		LocalDate quietSince = today.minusWeeks(WEEKS_WITHOUT_SESSION);
		for (Long id : coached) {
			TrajectoryRow row = rows.get(id);
			Sessions.HeldTally tally = held.get(id);
			LocalDate last = (tally != null) ? tally.lastHeldOn() : null;
			LocalDate from = (last != null) ? last : row.placementStart();
			if (row.phase() != Phase.PAUSED && from != null && from.isBefore(quietSince)) {
				signals.add(signal(row, SignalKind.NO_SESSION, last, String.valueOf(last), null,
						"/trajectories/" + id + "/sessions/new"));
			}
		}
		this.sessions.overdueActions(organisation, all, today)
			.forEach(action -> signals.add(signal(rows.get(action.trajectoryId()), SignalKind.ACTION_OVERDUE,
					action.dueOn(), String.valueOf(action.id()), action.dueOn().toString(),
					"/trajectories/" + action.trajectoryId() + "#actions")));
		this.checkIns.allianceDue(organisation, coached, today, held)
			.forEach((id, since) -> signals.add(signal(rows.get(id), SignalKind.ALLIANCE_DUE, since, since.toString(),
					null, "/trajectories/" + id + "/checkins/alliance/new")));

		Map<String, Signal.Acknowledgement> acknowledged = acknowledgements(organisation, all);
		List<Signal> result = new ArrayList<>();
		for (Signal signal : signals) {
			Signal.Acknowledgement acknowledgement = acknowledged
				.get(key(signal.trajectoryId(), signal.kind(), signal.subject()));
			if (acknowledgement == null) {
				result.add(signal);
			}
			else if (acknowledgedToo) {
				result.add(signal.acknowledged(acknowledgement));
			}
		}
		result.sort(Comparator.comparing(Signal::kind)
			.thenComparing(Signal::since, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Signal::trajectoryId));
		return result;
	}

	/**
	 * Acknowledges a signal of a trajectory the user watches over, with a note (what was
	 * done or agreed). Acknowledging twice keeps the first.
	 */
	@Transactional
	public void acknowledge(CurrentUser user, long trajectoryId, SignalKind kind, String subject, String note) {
		TrajectoryFrame frame = this.trajectories.frame(user, trajectoryId);
		if (kind == null || subject == null || subject.isBlank() || subject.length() > 100) {
			throw new DomainRuleException("signal.unknown");
		}
		if (note == null || note.isBlank()) {
			throw new DomainRuleException("signal.note.required");
		}
		if (note.length() > 1000) {
			throw new DomainRuleException("signal.note.tooLong");
		}
		this.jdbc.sql("""
				insert into signal_acknowledgement (organisation_id, trajectory_id, kind, subject, note, by_name,
				       acknowledged_at, by_account)
				values (:organisation, :trajectory, :kind, :subject, :note, :name, :at, :by)
				on conflict do nothing
				""")
			.param("organisation", frame.organisationId())
			.param("trajectory", frame.id())
			.param("kind", kind.name())
			.param("subject", subject)
			.param("note", note.strip())
			.param("name", user.displayName())
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", user.accountId())
			.update();
	}

	private Map<String, Signal.Acknowledgement> acknowledgements(long organisationId, List<Long> trajectoryIds) {
		Map<String, Signal.Acknowledgement> acknowledged = new HashMap<>();
		this.jdbc.sql("""
				select trajectory_id, kind, subject, note, by_name, acknowledged_at from signal_acknowledgement
				where organisation_id = :organisation and trajectory_id = any(:ids)
				""")
			.param("organisation", organisationId)
			.param("ids", trajectoryIds.toArray(Long[]::new))
			.query((rs, row) -> acknowledged.put(
					key(rs.getLong("trajectory_id"), SignalKind.valueOf(rs.getString("kind")), rs.getString("subject")),
					new Signal.Acknowledgement(rs.getString("by_name"),
							rs.getTimestamp("acknowledged_at").toInstant().atZone(ZONE).toLocalDate(),
							rs.getString("note"))))
			.list();
		return acknowledged;
	}

	private static String key(long trajectoryId, SignalKind kind, String subject) {
		return trajectoryId + "|" + kind + "|" + subject;
	}

	private static Signal signal(TrajectoryRow row, SignalKind kind, LocalDate since, String subject, String detail,
			String path) {
		return new Signal(kind, row.id(), row.participantName(), row.coachName(), since, subject, detail, path, null);
	}

	static boolean isCoached(Phase phase) {
		return Set.of(Phase.ACTIVE, Phase.PHASING_OUT, Phase.PAUSED, Phase.EVALUATION).contains(phase);
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

}
