package nl.tandem.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes access-log entries older than the log's retention (five years unless configured
 * with {@code tandem.audit.retention-years}). This is the only deletion the database
 * allows on the log: the trigger on {@code access_log} refuses every update and every
 * other delete, and lets through only rows older than the cutoff this transaction names.
 */
@Component
public class AccessLogRetention {

	private static final Logger log = LoggerFactory.getLogger(AccessLogRetention.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int years;

	AccessLogRetention(JdbcClient jdbc, Clock clock, @Value("${tandem.audit.retention-years:5}") int years) {
		if (years < 2) {
			throw new IllegalArgumentException("tandem.audit.retention-years must be at least 2");
		}
		this.jdbc = jdbc;
		this.clock = clock;
		this.years = years;
	}

	/**
	 * Deletes the entries older than the retention, in every organisation.
	 * @return how many entries were deleted
	 */
	@Scheduled(cron = "${tandem.audit.purge-cron:0 15 2 * * *}", zone = "Europe/Amsterdam")
	@Transactional
	public int purge() {
		OffsetDateTime cutoff = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC).minusYears(this.years);
		this.jdbc.sql("select set_config('tandem.audit_purge_before', :cutoff, true)")
			.param("cutoff", cutoff.toString())
			.query(String.class)
			.single();
		int deleted = this.jdbc.sql("delete from access_log where at < :cutoff").param("cutoff", cutoff).update();
		log.info("Access log: {} entries older than {} years removed", deleted, this.years);
		return deleted;
	}

}
