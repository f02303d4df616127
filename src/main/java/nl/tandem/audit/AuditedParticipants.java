package nl.tandem.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The participants the access log is about, as the module that holds them tells the
 * viewer: their names, and who matches what the privacy officer types. The log itself
 * keeps only ids, so that it holds no personal data of its own.
 */
public interface AuditedParticipants {

	Map<Long, String> names(long organisationId, Collection<Long> participantIds);

	/**
	 * The participants whose name or reference contains the query, at most {@code limit}.
	 */
	List<Long> matching(long organisationId, String query, int limit);

}
