package nl.tandem.participant;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
import nl.tandem.platform.PersonNames;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participants of an organisation. Which staff member may see which participant
 * follows from the trajectories, so the trajectory module checks that before it calls
 * here; this service scopes every lookup to the organisation.
 */
@Service
@Transactional
public class Participants {

	private final ParticipantRepository participants;

	private final JdbcClient jdbc;

	Participants(ParticipantRepository participants, JdbcClient jdbc) {
		this.participants = participants;
		this.jdbc = jdbc;
	}

	public long register(CurrentUser user, ParticipantDetails details) {
		requireStaff(user);
		requireFreeReference(user.organisationId(), details.reference(), null);
		return this.participants.save(Participant.register(user.organisationId(), details)).id();
	}

	public void describe(CurrentUser user, long id, long version, ParticipantDetails details) {
		requireStaff(user);
		Participant participant = this.participants.findByIdAndOrganisationId(id, user.organisationId())
			.orElseThrow(() -> new NotFoundException("participant", id));
		ConcurrentEditException.check("participant", id, participant.version(), version);
		requireFreeReference(user.organisationId(), details.reference(), id);
		participant.describe(details);
		this.participants.save(participant);
	}

	@Transactional(readOnly = true)
	public ParticipantView find(long organisationId, long id) {
		return this.participants.findByIdAndOrganisationId(id, organisationId)
			.map(Participant::view)
			.orElseThrow(() -> new NotFoundException("participant", id));
	}

	/**
	 * The display names of the given participants, in one query.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> names(long organisationId, Collection<Long> ids) {
		return PersonNames.lookup(this.jdbc, "participant", organisationId, ids);
	}

	/**
	 * The organisation's reference numbers of those of the given participants that have
	 * one, in one query.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> references(long organisationId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> references = new HashMap<>();
		this.jdbc.sql("""
				select id, reference from participant
				where organisation_id = :organisation and id = any(:ids) and reference is not null
				""")
			.param("organisation", organisationId)
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, row) -> references.put(rs.getLong("id"), rs.getString("reference")))
			.list();
		return references;
	}

	/**
	 * The participants whose name or reference contains the query, at most {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<Long> idsMatching(long organisationId, String query, int limit) {
		return this.jdbc.sql("""
				select id from participant where organisation_id = :organisation
				and (lower(given_name || ' ' || coalesce(family_name_prefix || ' ', '') || family_name) like :pattern
				     or lower(coalesce(reference, '')) like :pattern)
				order by lower(family_name), id limit :limit
				""")
			.param("organisation", organisationId)
			.param("pattern", "%" + query.trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%")
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	private void requireFreeReference(long organisationId, String reference, Long exceptId) {
		if (reference == null || reference.isBlank()) {
			return;
		}
		boolean taken = this.jdbc.sql("""
				select exists (select 1 from participant where organisation_id = :organisation
				and lower(reference) = lower(:reference) and id <> coalesce(cast(:except as bigint), -1))
				""")
			.param("organisation", organisationId)
			.param("reference", reference.trim())
			.param("except", exceptId)
			.query(Boolean.class)
			.single();
		if (taken) {
			throw new DomainRuleException("participant.reference.taken");
		}
	}

	static void requireStaff(CurrentUser user) {
		if (!(user.has(Role.COACH) || user.has(Role.TEAM_LEAD) || user.has(Role.ADMIN))) {
			throw new AccessDeniedException("Only staff register participants");
		}
	}

}
