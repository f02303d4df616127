package nl.tandem.participant;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.tandem.audit.AccessLog;
import nl.tandem.identity.Accounts;
import nl.tandem.identity.CurrentUser;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's consents. Giving a consent adds it to the history; withdrawing closes
 * it and takes effect at once, since every question other modules ask ({@link #shares},
 * {@link #consenting}) reads the open consents in the query that needs them. Which staff
 * member may record consents for which participant follows from the trajectories, so the
 * trajectory module checks that before it calls here.
 */
@Service
@Transactional
public class Consents {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final AccessLog accessLog;

	private final Clock clock;

	Consents(JdbcClient jdbc, Accounts accounts, AccessLog accessLog, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/**
	 * Records that the participant gave a consent on a day, in person or by e-mail.
	 */
	public void give(CurrentUser user, long participantId, ConsentCategory category, LocalDate on, ConsentMethod how) {
		Participants.requireStaff(user);
		requireParticipant(user.organisationId(), participantId);
		requireRecordable(category, on, how);
		if (shares(user.organisationId(), participantId, category)) {
			throw new DomainRuleException("consent.alreadyGiven");
		}
		this.jdbc.sql("""
				insert into consent (organisation_id, participant_id, category, given_on, given_how, given_by, given_at)
				values (:organisation, :participant, :category, :on, :how, :by, :at)
				""")
			.param("organisation", user.organisationId())
			.param("participant", participantId)
			.param("category", category.name())
			.param("on", on)
			.param("how", how.name())
			.param("by", user.accountId())
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		this.accessLog.changed(user, participantId, "CONSENT");
	}

	/**
	 * Records that the participant withdrew a consent; from this moment on nothing of the
	 * category is shared.
	 * @param version the version of the consent the user saw
	 */
	public void withdraw(CurrentUser user, long participantId, long consentId, long version, LocalDate on,
			ConsentMethod how) {
		Participants.requireStaff(user);
		ConsentRecord consent = history(user.organisationId(), participantId).stream()
			.filter(c -> c.id() == consentId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("consent", consentId));
		ConcurrentEditException.check("consent", consentId, consent.version(), version);
		if (!consent.isActive()) {
			throw new DomainRuleException("consent.alreadyWithdrawn");
		}
		requireRecordable(consent.category(), on, how);
		if (on.isBefore(consent.givenOn())) {
			throw new DomainRuleException("consent.withdrawn.beforeGiven");
		}
		int changed = this.jdbc.sql("""
				update consent set withdrawn_on = :on, withdrawn_how = :how, withdrawn_by = :by, withdrawn_at = :at,
				version = version + 1
				where organisation_id = :organisation and id = :id and version = :version and withdrawn_at is null
				""")
			.param("on", on)
			.param("how", how.name())
			.param("by", user.accountId())
			.param("at", Timestamp.from(this.clock.instant()))
			.param("organisation", user.organisationId())
			.param("id", consentId)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new ConcurrentEditException("consent", consentId);
		}
		this.accessLog.changed(user, participantId, "CONSENT");
	}

	/**
	 * All consents of the participant, given and withdrawn, newest first.
	 */
	@Transactional(readOnly = true)
	public List<ConsentRecord> history(long organisationId, long participantId) {
		record Row(long id, String category, LocalDate givenOn, String givenHow, long givenBy, Timestamp givenAt,
				LocalDate withdrawnOn, String withdrawnHow, Long withdrawnBy, Timestamp withdrawnAt, long version) {
		}
		List<Row> rows = this.jdbc.sql("""
				select id, category, given_on, given_how, given_by, given_at, withdrawn_on, withdrawn_how, withdrawn_by,
				withdrawn_at, version
				from consent where organisation_id = :organisation and participant_id = :participant
				order by given_at desc, id desc
				""").param("organisation", organisationId).param("participant", participantId).query(Row.class).list();
		Set<Long> accountIds = new HashSet<>();
		rows.forEach(row -> {
			accountIds.add(row.givenBy());
			if (row.withdrawnBy() != null) {
				accountIds.add(row.withdrawnBy());
			}
		});
		Map<Long, String> names = this.accounts.names(organisationId, accountIds);
		return rows.stream()
			.map(row -> new ConsentRecord(row.id(), ConsentCategory.valueOf(row.category()), row.givenOn(),
					ConsentMethod.valueOf(row.givenHow()), names.get(row.givenBy()), row.givenAt().toInstant(),
					row.withdrawnOn(), (row.withdrawnHow() != null) ? ConsentMethod.valueOf(row.withdrawnHow()) : null,
					(row.withdrawnBy() != null) ? names.get(row.withdrawnBy()) : null, instant(row.withdrawnAt()),
					row.version()))
			.toList();
	}

	/**
	 * The consents the participant has given and not withdrawn, by category.
	 */
	@Transactional(readOnly = true)
	public Map<ConsentCategory, ConsentRecord> current(long organisationId, long participantId) {
		Map<ConsentCategory, ConsentRecord> current = new EnumMap<>(ConsentCategory.class);
		history(organisationId, participantId).stream()
			.filter(ConsentRecord::isActive)
			.forEach(consent -> current.put(consent.category(), consent));
		return current;
	}

	/**
	 * Whether the participant consents, right now, to the category.
	 */
	@Transactional(readOnly = true)
	public boolean shares(long organisationId, long participantId, ConsentCategory category) {
		return !consenting(organisationId, List.of(participantId), category).isEmpty();
	}

	/**
	 * Those of the given participants who consent, right now, to the category; one query
	 * for the whole set.
	 */
	@Transactional(readOnly = true)
	public Set<Long> consenting(long organisationId, Collection<Long> participantIds, ConsentCategory category) {
		if (participantIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.sql("""
				select participant_id from consent
				where organisation_id = :organisation and participant_id = any(:ids) and category = :category
				and withdrawn_at is null
				""")
			.param("organisation", organisationId)
			.param("ids", participantIds.toArray(Long[]::new))
			.param("category", category.name())
			.query(Long.class)
			.list());
	}

	/**
	 * Those of the given participants whose anonymised data may be used for research.
	 */
	@Transactional(readOnly = true)
	public Set<Long> consentingToResearch(long organisationId, Collection<Long> participantIds) {
		return consenting(organisationId, participantIds, ConsentCategory.RESEARCH);
	}

	private void requireParticipant(long organisationId, long participantId) {
		boolean exists = this.jdbc
			.sql("select exists (select 1 from participant where organisation_id = :organisation and id = :id)")
			.param("organisation", organisationId)
			.param("id", participantId)
			.query(Boolean.class)
			.single();
		if (!exists) {
			throw new NotFoundException("participant", participantId);
		}
	}

	private void requireRecordable(ConsentCategory category, LocalDate on, ConsentMethod how) {
		if (category == null) {
			throw new DomainRuleException("consent.category.required");
		}
		if (how == null || !how.recordedByStaff()) {
			throw new DomainRuleException("consent.how.required");
		}
		if (on == null || on.isAfter(LocalDate.now(this.clock.withZone(ZONE)))) {
			throw new DomainRuleException("consent.date.invalid");
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
