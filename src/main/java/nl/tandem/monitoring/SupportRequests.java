package nl.tandem.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import nl.tandem.platform.DomainRuleException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's "I need support now" and an employer contact's "please contact me":
 * each request is kept, and is an open signal for the trajectory's coach (
 * {@link SignalKind#SUPPORT_NOW}, the most urgent of all, or
 * {@link SignalKind#CONTACT_REQUESTED}) until the coach acknowledges it like any other
 * signal. The portal decides who may ask for which trajectory; this service only keeps
 * the request.
 */
@Service
@Transactional
public class SupportRequests {

	/**
	 * The longest message a request may carry.
	 */
	public static final int MAX_MESSAGE = 1000;

	private final JdbcClient jdbc;

	private final Clock clock;

	SupportRequests(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Who asks: the participant, or a contact person of the employer.
	 */
	public enum Requester {

		PARTICIPANT(SignalKind.SUPPORT_NOW), EMPLOYER_CONTACT(SignalKind.CONTACT_REQUESTED);

		private final SignalKind signal;

		Requester(SignalKind signal) {
			this.signal = signal;
		}

		/**
		 * The signal a request of this requester raises for the coach.
		 */
		public SignalKind signal() {
			return this.signal;
		}

	}

	/**
	 * A request as the coach's signals show it.
	 */
	public record SupportRequest(long id, long trajectoryId, Requester requester, String message, Instant requestedAt) {
	}

	/**
	 * Keeps a request for support of a trajectory, which the caller has checked the
	 * requester belongs to. The message is optional; a message that is too long is
	 * refused ({@code support.message.tooLong}) and nothing is kept.
	 * @return the id of the request
	 */
	public long request(long organisationId, long trajectoryId, Requester requester, String message) {
		if (requester == null) {
			throw new IllegalArgumentException("A support request needs a requester");
		}
		String text = (message == null || message.isBlank()) ? null : message.strip();
		if (text != null && text.length() > MAX_MESSAGE) {
			throw new DomainRuleException("support.message.tooLong", MAX_MESSAGE);
		}
		return this.jdbc.sql("""
				insert into support_request (organisation_id, trajectory_id, requester, message, requested_at)
				values (:organisation, :trajectory, :requester, :message, :at) returning id
				""")
			.param("organisation", organisationId)
			.param("trajectory", trajectoryId)
			.param("requester", requester.name())
			.param("message", text)
			.param("at", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	/**
	 * The requests of these trajectories, newest first, in one query; whether the coach
	 * acknowledged them is the signals' business.
	 */
	@Transactional(readOnly = true)
	public List<SupportRequest> of(long organisationId, Collection<Long> trajectoryIds) {
		if (trajectoryIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select id, trajectory_id, requester, message, requested_at from support_request
				where organisation_id = :organisation and trajectory_id = any(:ids)
				order by requested_at desc, id desc
				""")
			.param("organisation", organisationId)
			.param("ids", trajectoryIds.toArray(Long[]::new))
			.query((rs, row) -> new SupportRequest(rs.getLong("id"), rs.getLong("trajectory_id"),
					Requester.valueOf(rs.getString("requester")), rs.getString("message"),
					rs.getTimestamp("requested_at").toInstant()))
			.list();
	}

}
