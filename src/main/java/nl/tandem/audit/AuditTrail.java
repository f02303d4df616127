package nl.tandem.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import nl.tandem.identity.Accounts;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.platform.PageOf;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log as the privacy officer reads it: filtered, a page at a time or whole as
 * an export. Only the privacy officer reads it; nobody can change it.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	/**
	 * How many participants a name or reference in the filter may match.
	 */
	static final int MAX_MATCHES = 200;

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final AuditedParticipants participants;

	AuditTrail(JdbcClient jdbc, Accounts accounts, AuditedParticipants participants) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.participants = participants;
	}

	public PageOf<AccessLogEntry> search(CurrentUser user, AccessLogFilter filter, int page) {
		requirePrivacyOfficer(user);
		int size = PageOf.DEFAULT_SIZE;
		Query query = query(user.organisationId(), filter);
		long total = query.apply(this.jdbc.sql("select count(*) from access_log l where " + query.whereClause()))
			.query(Long.class)
			.single();
		List<Row> rows = query
			.apply(this.jdbc
				.sql(SELECT + query.whereClause() + " order by l.at desc, l.id desc" + " limit :size offset :offset"))
			.param("size", size)
			.param("offset", PageOf.offset(page, size))
			.query(Row.class)
			.list();
		return new PageOf<>(entries(user.organisationId(), rows), Math.max(0, page), size, total);
	}

	/**
	 * Who accessed the signed-in participant's own file: the entries of the log about
	 * them, newest first, a page at a time, with the name and roles of whoever it was but
	 * not their address; the participant's own use of the portal is left out. Empty for a
	 * user who is no participant.
	 */
	public PageOf<FileAccess> ofOwnFile(CurrentUser user, int page) {
		int size = PageOf.DEFAULT_SIZE;
		if (user.participantId().isEmpty()) {
			return new PageOf<>(List.of(), 0, size, 0);
		}
		long participant = user.participantId().getAsLong();
		String where = """
				from access_log where organisation_id = :organisation and participant_id = :participant
				and account_id <> :self
				""";
		long total = this.jdbc.sql("select count(*) " + where)
			.param("organisation", user.organisationId())
			.param("participant", participant)
			.param("self", user.accountId())
			.query(Long.class)
			.single();
		record Line(Timestamp at, long accountId, String roles, String action, String subject) {
		}
		List<Line> lines = this.jdbc
			.sql("select at, account_id, roles, action, subject " + where
					+ " order by at desc, id desc limit :size offset :offset")
			.param("organisation", user.organisationId())
			.param("participant", participant)
			.param("self", user.accountId())
			.param("size", size)
			.param("offset", PageOf.offset(page, size))
			.query(Line.class)
			.list();
		Set<Long> accountIds = new HashSet<>();
		lines.forEach(line -> accountIds.add(line.accountId()));
		Map<Long, String> names = accountIds.isEmpty() ? Map.of()
				: this.accounts.names(user.organisationId(), accountIds);
		return new PageOf<>(lines.stream()
			.map(line -> new FileAccess(line.at().toInstant(), names.get(line.accountId()),
					List.of(line.roles().split(",")), line.action(), line.subject()))
			.toList(), Math.max(0, page), size, total);
	}

	/**
	 * One access to a participant's file as the participant sees it: when, who (name and
	 * roles), whether it was a read or a change, and of what.
	 */
	public record FileAccess(java.time.Instant at, String who, List<String> roles, String action, String subject) {
	}

	/**
	 * Every entry that matches the filter, newest first, handed over in batches so that
	 * an export of years of log never sits in memory at once.
	 */
	public void export(CurrentUser user, AccessLogFilter filter, Consumer<List<AccessLogEntry>> batches) {
		requirePrivacyOfficer(user);
		Query query = query(user.organisationId(), filter);
		List<Row> batch = new ArrayList<>();
		query.apply(this.jdbc.sql(SELECT + query.whereClause() + " order by l.at desc, l.id desc"))
			.query(Row.class)
			.stream()
			.forEach(row -> {
				batch.add(row);
				if (batch.size() == 500) {
					batches.accept(entries(user.organisationId(), batch));
					batch.clear();
				}
			});
		if (!batch.isEmpty()) {
			batches.accept(entries(user.organisationId(), batch));
		}
	}

	/**
	 * The accounts that appear in the organisation's log, by name, for the filter.
	 */
	public Map<Long, String> accounts(CurrentUser user) {
		requirePrivacyOfficer(user);
		List<Long> ids = this.jdbc
			.sql("select distinct account_id from access_log where organisation_id = :organisation")
			.param("organisation", user.organisationId())
			.query(Long.class)
			.list();
		return this.accounts.names(user.organisationId(), ids);
	}

	/**
	 * What was read or changed, as it appears in the organisation's log, for the filter.
	 */
	public List<String> subjects(CurrentUser user) {
		requirePrivacyOfficer(user);
		return this.jdbc
			.sql("select distinct subject from access_log where organisation_id = :organisation order by subject")
			.param("organisation", user.organisationId())
			.query(String.class)
			.list();
	}

	private Query query(long organisationId, AccessLogFilter filter) {
		StringBuilder where = new StringBuilder("l.organisation_id = :organisation");
		Query query = new Query(where, organisationId, filter, null);
		if (filter.from() != null) {
			where.append(" and l.at >= :from");
		}
		if (filter.to() != null) {
			where.append(" and l.at < :to");
		}
		if (filter.accountId() != null) {
			where.append(" and l.account_id = :account");
		}
		if (filter.subject() != null && !filter.subject().isBlank()) {
			where.append(" and l.subject = :subject");
		}
		if (filter.hasParticipant()) {
			where.append(" and l.participant_id = any(:participants)");
			return new Query(where, organisationId, filter,
					this.participants.matching(organisationId, filter.participant(), MAX_MATCHES).toArray(Long[]::new));
		}
		return query;
	}

	private List<AccessLogEntry> entries(long organisationId, List<Row> rows) {
		Set<Long> accountIds = new HashSet<>();
		Set<Long> participantIds = new HashSet<>();
		rows.forEach(row -> {
			accountIds.add(row.accountId());
			participantIds.add(row.participantId());
		});
		Map<Long, String> accountNames = this.accounts.names(organisationId, accountIds);
		Map<Long, String> participantNames = this.participants.names(organisationId, participantIds);
		return rows.stream()
			.map(row -> new AccessLogEntry(row.id(), row.at().toInstant(), row.accountId(),
					accountNames.get(row.accountId()), row.roles(), row.participantId(),
					participantNames.get(row.participantId()), row.action(), row.subject(), row.address()))
			.toList();
	}

	static void requirePrivacyOfficer(CurrentUser user) {
		if (!user.has(Role.PRIVACY_OFFICER)) {
			throw new AccessDeniedException("Only the privacy officer reads the access log");
		}
	}

	private static final String SELECT = """
			select l.id, l.at, l.account_id, l.roles, l.participant_id, l.action, l.subject, l.address
			from access_log l where\s""";

	private record Row(long id, Timestamp at, long accountId, String roles, long participantId, String action,
			String subject, String address) {
	}

	private record Query(StringBuilder where, long organisationId, AccessLogFilter filter, Long[] participantIds) {

		String whereClause() {
			return this.where.toString();
		}

		JdbcClient.StatementSpec apply(JdbcClient.StatementSpec statement) {
			statement = statement.param("organisation", this.organisationId);
			if (this.filter.from() != null) {
				statement = statement.param("from", Timestamp.from(this.filter.from().atStartOfDay(ZONE).toInstant()));
			}
			if (this.filter.to() != null) {
				statement = statement.param("to",
						Timestamp.from(this.filter.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
			}
			if (this.filter.accountId() != null) {
				statement = statement.param("account", this.filter.accountId());
			}
			if (this.filter.subject() != null && !this.filter.subject().isBlank()) {
				statement = statement.param("subject", this.filter.subject());
			}
			if (this.participantIds != null) {
				statement = statement.param("participants", this.participantIds);
			}
			return statement;
		}

	}

}
