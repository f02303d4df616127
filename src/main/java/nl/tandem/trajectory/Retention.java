package nl.tandem.trajectory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.tandem.audit.AccessLog;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.organisation.Organisations;
import nl.tandem.participant.Anonymiser;
import nl.tandem.participant.Participants;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
import nl.tandem.platform.PageOf;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention of participants' files. An organisation keeps a file for a number of years
 * after the participant's last trajectory closed (see
 * {@link Organisations#keepFilesFor}); every night Tandem lists the files past that term,
 * the privacy officer confirms, and the participant is anonymised: every module clears
 * its own names, contact details and free text (see {@link Anonymiser}) while the numbers
 * stay. A participant may also ask to be erased before the term; the privacy officer does
 * that through the same path, with the reason. Anonymisation is irreversible, written to
 * the access log and shown on the trajectories' timeline.
 */
@Service
@Transactional
public class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private final JdbcClient jdbc;

	private final Organisations organisations;

	private final Participants participants;

	private final List<Anonymiser> anonymisers;

	private final AccessLog accessLog;

	private final Clock clock;

	Retention(JdbcClient jdbc, Organisations organisations, Participants participants, List<Anonymiser> anonymisers,
			AccessLog accessLog, Clock clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.participants = participants;
		this.anonymisers = anonymisers;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/**
	 * The nightly check: lists, per organisation, the participants whose last trajectory
	 * closed longer ago than the organisation's term, and drops those that are no longer
	 * due (re-activated since). Safe to run on several instances at once.
	 * @return how many participants are due in all
	 */
	@Scheduled(cron = "${tandem.retention.cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
	public int listDue() {
		LocalDate today = today();
		int due = 0;
		for (Map.Entry<Long, Integer> term : this.organisations.retentionTerms().entrySet()) {
			due += listDue(term.getKey(), today.minusYears(term.getValue()), today);
		}
		log.info("Retention check: {} participant files past their retention term", due);
		return due;
	}

	private int listDue(long organisationId, LocalDate closedBefore, LocalDate today) {
		this.jdbc.sql("""
				delete from retention_due d where d.organisation_id = :organisation
				and d.participant_id not in (""" + DUE + ")")
			.param("organisation", organisationId)
			.param("cutoff", closedBefore)
			.update();
		this.jdbc.sql("""
				insert into retention_due (organisation_id, participant_id, trajectory_id, closed_on, found_on)
				select :organisation, d.participant_id, d.trajectory_id, d.closed_on, :today
				from (""" + DUE_ROWS + """
				) d
				on conflict (organisation_id, participant_id) do nothing
				""").param("organisation", organisationId).param("cutoff", closedBefore).param("today", today).update();
		return this.jdbc.sql("select count(*) from retention_due where organisation_id = :organisation")
			.param("organisation", organisationId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Participants with at least one trajectory, all of them closed, the last before the
	 * cutoff, and not yet anonymised; with their last trajectory.
	 */
	private static final String DUE_ROWS = """
			select distinct on (t.participant_id) t.participant_id, t.id as trajectory_id, t.closed_on
			from trajectory t
			where t.organisation_id = :organisation
			and not exists (select 1 from anonymisation a where a.organisation_id = t.organisation_id
			                and a.participant_id = t.participant_id)
			and not exists (select 1 from trajectory o where o.organisation_id = t.organisation_id
			                and o.participant_id = t.participant_id
			                and (o.phase <> 'CLOSED' or o.closed_on is null or o.closed_on > :cutoff))
			order by t.participant_id, t.closed_on desc, t.id desc
			""";

	private static final String DUE = "select participant_id from (" + DUE_ROWS + ") due";

	/**
	 * The files listed by the nightly check, the longest closed first.
	 */
	@Transactional(readOnly = true)
	public PageOf<DueFile> due(CurrentUser user, int page) {
		requirePrivacyOfficer(user);
		long organisation = user.organisationId();
		int size = PageOf.DEFAULT_SIZE;
		long total = this.jdbc.sql("select count(*) from retention_due where organisation_id = :organisation")
			.param("organisation", organisation)
			.query(Long.class)
			.single();
		record Row(long participantId, long trajectoryId, LocalDate closedOn, LocalDate foundOn) {
		}
		List<Row> rows = this.jdbc.sql("""
				select participant_id, trajectory_id, closed_on, found_on from retention_due
				where organisation_id = :organisation order by closed_on, participant_id limit :size offset :offset
				""")
			.param("organisation", organisation)
			.param("size", size)
			.param("offset", PageOf.offset(page, size))
			.query(Row.class)
			.list();
		Map<Long, String> names = this.participants.names(organisation, rows.stream().map(Row::participantId).toList());
		Map<Long, String> references = this.participants.references(organisation,
				rows.stream().map(Row::participantId).toList());
		return new PageOf<>(rows.stream()
			.map(row -> new DueFile(row.participantId(), names.get(row.participantId()),
					references.get(row.participantId()), row.trajectoryId(), row.closedOn(), row.foundOn()))
			.toList(), Math.max(0, page), size, total);
	}

	/**
	 * Anonymises a participant the nightly check listed, after checking again that the
	 * file is still past its term.
	 */
	public void anonymiseDue(CurrentUser user, long participantId) {
		requirePrivacyOfficer(user);
		long organisation = user.organisationId();
		boolean listed = this.jdbc.sql("""
				select exists (select 1 from retention_due where organisation_id = :organisation
				and participant_id = :participant)
				""")
			.param("organisation", organisation)
			.param("participant", participantId)
			.query(Boolean.class)
			.single();
		if (!listed) {
			throw new NotFoundException("participant", participantId);
		}
		int years = this.organisations.retentionTerms().getOrDefault(organisation, 2);
		boolean stillDue = this.jdbc.sql("select exists (" + DUE + " where participant_id = :participant)")
			.param("organisation", organisation)
			.param("cutoff", today().minusYears(years))
			.param("participant", participantId)
			.query(Boolean.class)
			.single();
		if (!stillDue) {
			this.jdbc.sql("delete from retention_due where organisation_id = :organisation and participant_id = :p")
				.param("organisation", organisation)
				.param("p", participantId)
				.update();
			throw new DomainRuleException("retention.notDue");
		}
		anonymise(user, participantId, Kind.RETENTION, null);
	}

	/**
	 * Erases a participant's file on their request, before the retention term: the same
	 * anonymisation, with the reason recorded. Only when none of their trajectories is
	 * still open.
	 */
	public void eraseOnRequest(CurrentUser user, long participantId, String reason) {
		requirePrivacyOfficer(user);
		if (reason == null || reason.isBlank()) {
			throw new DomainRuleException("retention.reason.required");
		}
		ErasureCandidate candidate = candidate(user, participantId);
		if (candidate.anonymised()) {
			throw new DomainRuleException("retention.alreadyAnonymised");
		}
		if (candidate.openTrajectories() > 0) {
			throw new DomainRuleException("retention.erase.open");
		}
		anonymise(user, participantId, Kind.REQUEST, reason.strip());
	}

	/**
	 * A participant the privacy officer may erase on request: the name, how many
	 * trajectories are still open, and whether the file was anonymised already.
	 */
	@Transactional(readOnly = true)
	public ErasureCandidate candidate(CurrentUser user, long participantId) {
		requirePrivacyOfficer(user);
		long organisation = user.organisationId();
		String name = this.participants.names(organisation, List.of(participantId)).get(participantId);
		if (name == null) {
			throw new NotFoundException("participant", participantId);
		}
		record Counts(long trajectories, long open, boolean anonymised) {
		}
		Counts counts = this.jdbc.sql("""
				select count(*) as trajectories, count(*) filter (where phase <> 'CLOSED') as open,
				exists (select 1 from anonymisation a where a.organisation_id = :organisation
				        and a.participant_id = :participant) as anonymised
				from trajectory where organisation_id = :organisation and participant_id = :participant
				""")
			.param("organisation", organisation)
			.param("participant", participantId)
			.query(Counts.class)
			.single();
		return new ErasureCandidate(participantId, name,
				this.participants.references(organisation, List.of(participantId)).get(participantId),
				counts.trajectories(), counts.open(), counts.anonymised());
	}

	/**
	 * Participants whose name or reference matches, for the privacy officer to find the
	 * one who asked to be erased.
	 */
	@Transactional(readOnly = true)
	public List<ErasureCandidate> find(CurrentUser user, String query) {
		requirePrivacyOfficer(user);
		if (query == null || query.isBlank()) {
			return List.of();
		}
		return this.participants.idsMatching(user.organisationId(), query, 10)
			.stream()
			.map(id -> candidate(user, id))
			.toList();
	}

	private void anonymise(CurrentUser user, long participantId, Kind kind, String reason) {
		long organisation = user.organisationId();
		List<Long> trajectoryIds = this.jdbc
			.sql("select id from trajectory where organisation_id = :organisation and participant_id = :participant")
			.param("organisation", organisation)
			.param("participant", participantId)
			.query(Long.class)
			.list();
		this.anonymisers.forEach(anonymiser -> anonymiser.anonymise(organisation, participantId, trajectoryIds));
		this.jdbc.sql("""
				insert into anonymisation (organisation_id, participant_id, kind, reason, by_account, at)
				values (:organisation, :participant, :kind, :reason, :by, :at)
				""")
			.param("organisation", organisation)
			.param("participant", participantId)
			.param("kind", kind.name())
			.param("reason", reason)
			.param("by", user.accountId())
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		this.jdbc.sql("delete from retention_due where organisation_id = :organisation and participant_id = :p")
			.param("organisation", organisation)
			.param("p", participantId)
			.update();
		this.accessLog.changed(user, participantId, "ANONYMISED_" + kind.name());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(Trajectories.ZONE));
	}

	static void requirePrivacyOfficer(CurrentUser user) {
		if (!user.has(Role.PRIVACY_OFFICER)) {
			throw new AccessDeniedException("Only the privacy officer decides on retention");
		}
	}

	/**
	 * Why a participant was anonymised.
	 */
	public enum Kind {

		RETENTION, REQUEST

	}

	/**
	 * A file past its retention term: the participant and their last trajectory.
	 */
	public record DueFile(long participantId, String participantName, String reference, long trajectoryId,
			LocalDate closedOn, LocalDate foundOn) {
	}

	/**
	 * A participant who may ask to be erased.
	 */
	public record ErasureCandidate(long participantId, String name, String reference, long trajectories,
			long openTrajectories, boolean anonymised) {
	}

}
