package nl.tandem.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.tandem.identity.AccountView;
import nl.tandem.identity.Accounts;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.participant.Participants;
import nl.tandem.trajectory.Caseloads;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coaches' calendar feeds: a secret address per coach from which a calendar app
 * (Outlook, Google Calendar, Apple Calendar) reads the planned sessions of the
 * trajectories the coach is assigned to now.
 * <p>
 * The secret is shown to the coach once; only its SHA-256 hash is kept, so a copy of the
 * database opens no feed. A coach has at most one active feed: a new address stops the
 * old one, and the coach can stop the feed altogether. A feed serves only while its
 * coach's account is enabled and has the coach role. Only staff with the coach role (team
 * leads who coach too) have a feed.
 */
@Service
@Transactional
public class CalendarFeeds {

	/**
	 * How far back the feed reaches, so that the calendar keeps the recent past.
	 */
	static final int DAYS_BACK = 90;

	private static final int SECRET_BYTES = 32;

	private static final int MAX_SECRET_LENGTH = 64;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final Caseloads caseloads;

	private final Participants participants;

	private final Accounts accounts;

	private final MessageSource messages;

	private final Clock clock;

	CalendarFeeds(JdbcClient jdbc, Caseloads caseloads, Participants participants, Accounts accounts,
			MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.caseloads = caseloads;
		this.participants = participants;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Makes a new feed for the coach and stops any earlier one.
	 * @return the secret of the feed's address, which is not kept and cannot be shown
	 * again
	 */
	public String create(CurrentUser user) {
		long coach = requireCoach(user);
		Instant now = this.clock.instant();
		lockFeedsOf(user.organisationId(), coach);
		revokeActive(user.organisationId(), coach, now);
		String secret = newSecret();
		this.jdbc.sql("""
				insert into calendar_feed (organisation_id, staff_id, token_hash, created_at)
				values (:organisation, :staff, :hash, :now)
				""")
			.param("organisation", user.organisationId())
			.param("staff", coach)
			.param("hash", hash(secret))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		return secret;
	}

	/**
	 * Stops the coach's feed: its address answers "not found" from now on.
	 */
	public void revoke(CurrentUser user) {
		long coach = requireCoach(user);
		revokeActive(user.organisationId(), coach, this.clock.instant());
	}

	@Transactional(readOnly = true)
	public Status status(CurrentUser user) {
		long coach = requireCoach(user);
		return this.jdbc.sql("""
				select created_at from calendar_feed
				where organisation_id = :organisation and staff_id = :staff and revoked_at is null
				order by created_at desc limit 1
				""")
			.param("organisation", user.organisationId())
			.param("staff", coach)
			.query(OffsetDateTime.class)
			.optional()
			.map(since -> new Status(since.atZoneSameInstant(ZONE)))
			.orElse(new Status(null));
	}

	/**
	 * The calendar of the feed with this secret, in its coach's language; empty when no
	 * active feed has this secret. Takes the same number of statements however many
	 * trajectories and sessions the coach has.
	 */
	@Transactional(readOnly = true)
	public Optional<String> feed(String secret) {
		if (secret == null || secret.isEmpty() || secret.length() > MAX_SECRET_LENGTH) {
			return Optional.empty();
		}
		return owner(hash(secret)).flatMap(owner -> languageOfCoach(owner).map(language -> calendar(owner, language)));
	}

	private Optional<Owner> owner(String hash) {
		return this.jdbc.sql("""
				select organisation_id, staff_id from calendar_feed
				where token_hash = :hash and revoked_at is null
				""")
			.param("hash", hash)
			.query((rs, row) -> new Owner(rs.getLong("organisation_id"), rs.getLong("staff_id")))
			.optional();
	}

	/**
	 * The language of the feed's coach, as long as the coach can sign in and coaches.
	 */
	private Optional<Locale> languageOfCoach(Owner owner) {
		return this.accounts.forPerson(owner.organisationId(), owner.staffId())
			.filter(account -> account.enabled() && account.roles().contains(Role.COACH))
			.map(CalendarFeeds::language);
	}

	private String calendar(Owner owner, Locale language) {
		Map<Long, Long> participantOf = this.caseloads.participantsOfOpen(owner.organisationId(), owner.staffId());
		List<SessionCalendar.Entry> entries = List.of();
		if (!participantOf.isEmpty()) {
			Map<Long, String> references = this.participants.references(owner.organisationId(), participantOf.values());
			entries = sessions(owner.organisationId(), participantOf, references);
		}
		return new SessionCalendar(this.messages, language).write(entries, this.clock.instant());
	}

	private List<SessionCalendar.Entry> sessions(long organisationId, Map<Long, Long> participantOf,
			Map<Long, String> references) {
		LocalDate from = LocalDate.now(this.clock.withZone(ZONE)).minusDays(DAYS_BACK);
		return this.jdbc.sql("""
				select s.trajectory_id, p.session_key, p.planned_on, p.minutes, p.held
				from coaching_schedule s join planned_session p on p.coaching_schedule_id = s.id
				where s.organisation_id = :organisation and s.trajectory_id = any(:trajectories)
				  and p.organisation_id = :organisation and p.planned_on >= :from
				order by p.planned_on, s.trajectory_id, p.position
				""")
			.param("organisation", organisationId)
			.param("trajectories", participantOf.keySet().toArray(Long[]::new))
			.param("from", from)
			.query((rs, row) -> entry(rs, references.get(participantOf.get(rs.getLong("trajectory_id")))))
			.list();
	}

	private static SessionCalendar.Entry entry(ResultSet rs, String reference) throws SQLException {
		return new SessionCalendar.Entry(rs.getObject("session_key", UUID.class), rs.getLong("trajectory_id"),
				rs.getObject("planned_on", LocalDate.class), rs.getInt("minutes"), rs.getBoolean("held"), reference);
	}

	private void revokeActive(long organisationId, long coach, Instant now) {
		this.jdbc.sql("""
				update calendar_feed set revoked_at = :now
				where organisation_id = :organisation and staff_id = :staff and revoked_at is null
				""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("organisation", organisationId)
			.param("staff", coach)
			.update();
	}

	/**
	 * Two requests for a new address at once (a double click) must not leave two active
	 * feeds: the second waits until the first has committed, and then stops its feed.
	 */
	private void lockFeedsOf(long organisationId, long coach) {
		this.jdbc.sql(
				"select pg_advisory_xact_lock(hashtextextended('calendar_feed:' || :organisation || ':' || :staff, 0))")
			.param("organisation", organisationId)
			.param("staff", coach)
			.query()
			.listOfRows();
	}

	private static long requireCoach(CurrentUser user) {
		if (!user.has(Role.COACH) || user.personId() == null) {
			throw new AccessDeniedException("Only coaches have a calendar feed");
		}
		return user.personId();
	}

	private static Locale language(AccountView account) {
		return "en".equals(account.language()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
	}

	static String newSecret() {
		byte[] bytes = new byte[SECRET_BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/**
	 * Whether the coach has an active feed, and since when (in Dutch time).
	 */
	public record Status(ZonedDateTime activeSince) {

		public boolean active() {
			return this.activeSince != null;
		}

	}

	private record Owner(long organisationId, long staffId) {
	}

}
