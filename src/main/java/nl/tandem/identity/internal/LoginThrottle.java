package nl.tandem.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per e-mail address in the database (so that every instance
 * agrees) and refuses further attempts for a while after too many. Known and unknown
 * addresses are treated alike, so the throttle reveals nothing about which accounts
 * exist.
 */
@Component
public class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean isThrottled(String email) {
		Integer failures = this.jdbc
			.sql("select count(*) from login_failure where email_key = :key and failed_at > :since")
			.param("key", key(email))
			.param("since", since())
			.query(Integer.class)
			.single();
		return failures >= MAX_FAILURES;
	}

	@Transactional
	public void failed(String email) {
		this.jdbc.sql("insert into login_failure (email_key, failed_at) values (:key, :at)")
			.param("key", key(email))
			.param("at", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
	}

	@Transactional
	public void succeeded(String email) {
		this.jdbc.sql("delete from login_failure where email_key = :key or failed_at < :old")
			.param("key", key(email))
			.param("old", OffsetDateTime.ofInstant(this.clock.instant().minus(Duration.ofDays(1)), ZoneOffset.UTC))
			.update();
	}

	private OffsetDateTime since() {
		Instant since = this.clock.instant().minus(WINDOW);
		return OffsetDateTime.ofInstant(since, ZoneOffset.UTC);
	}

	private static String key(String email) {
		return (email != null) ? email.trim().toLowerCase(Locale.ROOT) : "";
	}

}
