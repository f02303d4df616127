package nl.tandem.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import nl.tandem.identity.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records every read of sensitive data (health, medication, coach-only notes) and every
 * change to it. The log is append-only: the application has no path to change or delete
 * an entry.
 */
@Service
public class AccessLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	AccessLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records that the user read sensitive data of a participant. The entry is written in
	 * a transaction of its own: a read happened even when the reader's transaction is
	 * read-only or rolls back.
	 * @param what what was read, e.g. {@code INTAKE_HEALTH}
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void read(CurrentUser user, long participantId, String what) {
		record(user, participantId, "READ", what);
	}

	/**
	 * Records that the user changed sensitive data of a participant.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void changed(CurrentUser user, long participantId, String what) {
		record(user, participantId, "CHANGE", what);
	}

	/**
	 * Records that the user read data of many participants at once (an export), in one
	 * statement: a line per participant, so that each participant's log shows it.
	 * @param address the address the request came from, given by the caller because an
	 * export is written outside the request's thread; may be null
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void readAll(CurrentUser user, Collection<Long> participantIds, String what, String address) {
		if (participantIds.isEmpty()) {
			return;
		}
		this.jdbc
			.sql("""
					insert into access_log (organisation_id, account_id, roles, participant_id, action, subject, address, at)
					select :organisation, :account, :roles, p, 'READ', :subject, :address, :at from unnest(:participants) p
					""")
			.param("organisation", user.organisationId())
			.param("account", user.accountId())
			.param("roles", user.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
			.param("participants", participantIds.toArray(Long[]::new))
			.param("subject", what)
			.param("address", address)
			.param("at", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
	}

	/**
	 * The address of the current request, or null outside one.
	 */
	public static String requestAddress() {
		return clientAddress();
	}

	private void record(CurrentUser user, long participantId, String action, String what) {
		this.jdbc
			.sql("""
					insert into access_log (organisation_id, account_id, roles, participant_id, action, subject, address, at)
					values (:organisation, :account, :roles, :participant, :action, :subject, :address, :at)
					""")
			.param("organisation", user.organisationId())
			.param("account", user.accountId())
			.param("roles", user.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
			.param("participant", participantId)
			.param("action", action)
			.param("subject", what)
			.param("address", clientAddress())
			.param("at", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
