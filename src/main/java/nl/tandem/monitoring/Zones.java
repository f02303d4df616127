package nl.tandem.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Accounts;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The zone the participant is in, recorded over time: by the coach now, by the
 * participant in the portal later. The latest record is the current zone. Recording a
 * zone that goes up to orange or red proposes an intensification of the coaching
 * ({@link Intensifications}). Zones are sensitive: only the assigned coach records and
 * reads them, and every read is logged.
 */
@Service
@Transactional
public class Zones {

	static final String SUBJECT = "ZONES";

	static final int MAX_REMARK = 2000;

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final WarningAccess access;

	private final EarlyWarningPlans plans;

	private final Intensifications intensifications;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	Zones(WarningAccess access, EarlyWarningPlans plans, Intensifications intensifications, Accounts accounts,
			JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.plans = plans;
		this.intensifications = intensifications;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records the zone the participant is in on a day. Yellow can only be recorded when
	 * the plan uses it. A zone above the current one that is orange or red proposes an
	 * intensification.
	 * @return whether an intensification was proposed
	 */
	public boolean record(CurrentUser user, long trajectoryId, Zone zone, LocalDate on, String remark) {
		return record(user, this.access.writable(user, trajectoryId), zone, on, remark, ZoneRecordedBy.COACH);
	}

	/**
	 * The participant records, in the portal, the zone they are in today, with the same
	 * rules and consequences as when the coach records it: a zone going up to orange or
	 * red is a signal for the coach and proposes an intensification. Another trajectory
	 * is not found.
	 * @return whether an intensification was proposed
	 */
	public boolean recordOwn(CurrentUser user, long trajectoryId, Zone zone, String remark) {
		return record(user, this.access.ownWritable(user, trajectoryId), zone, today(), remark,
				ZoneRecordedBy.PARTICIPANT);
	}

	/**
	 * The zones the participant recorded or the coach recorded of the participant's own
	 * trajectory, newest first; the read is logged as the participant's.
	 */
	@Transactional(readOnly = true)
	public List<ZoneRecordView> ownHistory(CurrentUser user, long trajectoryId) {
		return history(user, this.access.own(user, trajectoryId));
	}

	private boolean record(CurrentUser user, TrajectoryFrame frame, Zone zone, LocalDate on, String remark,
			ZoneRecordedBy by) {
		if (zone == null) {
			throw new DomainRuleException("zone.required");
		}
		if (on == null || on.isAfter(today()) || on.isBefore(today().minusYears(1))) {
			throw new DomainRuleException("zone.date.invalid");
		}
		String text = (remark == null || remark.isBlank()) ? null : remark.strip();
		if (text != null && text.length() > MAX_REMARK) {
			throw new DomainRuleException("zone.remark.tooLong");
		}
		if (zone == Zone.YELLOW && !this.plans.usesYellow(frame.organisationId(), frame.id())) {
			throw new DomainRuleException("zone.yellow.notInPlan");
		}
		Zone before = current(frame);
		this.jdbc.sql("""
				insert into zone_record (organisation_id, trajectory_id, participant_id, zone, recorded_on, remark,
				       recorded_by, recorded_at, by_account)
				values (:o, :t, :p, :zone, :on, :remark, :recordedBy, :at, :by)
				""")
			.param("recordedBy", by.name())
			.param("o", frame.organisationId())
			.param("t", frame.id())
			.param("p", frame.participantId())
			.param("zone", zone.name())
			.param("on", on)
			.param("remark", text)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", user.accountId())
			.update();
		this.access.changed(user, frame, SUBJECT);
		return zone.isAbove(before) && this.intensifications.proposeForZone(frame, zone, on);
	}

	/**
	 * The zones of a trajectory, newest first, for its assigned coach; the read is
	 * logged.
	 */
	@Transactional(readOnly = true)
	public List<ZoneRecordView> history(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = this.access.coach(user, trajectoryId);
		return history(user, frame);
	}

	/**
	 * The zones of a trajectory whose frame the caller has, newest first; the read is
	 * logged when there is any.
	 */
	@Transactional(readOnly = true)
	public List<ZoneRecordView> history(CurrentUser user, TrajectoryFrame frame) {
		record Row(long id, String zone, LocalDate recordedOn, String remark, String recordedBy, long byAccount) {
		}
		List<Row> rows = this.jdbc.sql("""
				select id, zone, recorded_on, remark, recorded_by, by_account from zone_record
				where organisation_id = :o and trajectory_id = :t order by recorded_on desc, id desc
				""").param("o", frame.organisationId()).param("t", frame.id()).query(Row.class).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		this.access.read(user, frame, SUBJECT);
		Set<Long> by = new HashSet<>();
		rows.forEach(row -> by.add(row.byAccount()));
		Map<Long, String> names = this.accounts.names(frame.organisationId(), by);
		return rows.stream()
			.map(r -> new ZoneRecordView(r.id(), Zone.valueOf(r.zone()), r.recordedOn(), r.remark(),
					ZoneRecordedBy.valueOf(r.recordedBy()), names.get(r.byAccount())))
			.toList();
	}

	/**
	 * The history as a band of spans until today, oldest first.
	 */
	public ZoneTimeline timeline(List<ZoneRecordView> newestFirst) {
		List<ZoneRecordView> oldestFirst = new java.util.ArrayList<>(newestFirst);
		java.util.Collections.reverse(oldestFirst);
		return ZoneTimeline.of(oldestFirst, today());
	}

	private Zone current(TrajectoryFrame frame) {
		return this.jdbc.sql("""
				select zone from zone_record where organisation_id = :o and trajectory_id = :t
				order by recorded_on desc, id desc limit 1
				""")
			.param("o", frame.organisationId())
			.param("t", frame.id())
			.query(String.class)
			.optional()
			.map(Zone::valueOf)
			.orElse(null);
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

}
