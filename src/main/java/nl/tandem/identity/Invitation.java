package nl.tandem.identity;

import java.time.Duration;
import java.time.Instant;

import nl.tandem.platform.DomainRuleException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An invitation of a participant or an employer contact to the portal: a link, sent by
 * e-mail, with which they choose a password and so open their account.
 * <p>
 * Invariants: the link works once, for 7 days, and only while no newer invitation of the
 * same person has revoked it. Only the hash of the link's token is kept.
 */
@Table("invitation")
class Invitation {

	static final Duration VALID_FOR = Duration.ofDays(7);

	@Id
	private Long id;

	private final long organisationId;

	private final PersonKind personKind;

	private final long personId;

	private final String email;

	private final String displayName;

	private final String language;

	private final String tokenHash;

	private final long invitedBy;

	private final Instant invitedAt;

	private final Instant expiresAt;

	private Instant acceptedAt;

	private Instant revokedAt;

	private Long accountId;

	@Version
	private Long version;

	@PersistenceCreator
	Invitation(Long id, long organisationId, PersonKind personKind, long personId, String email, String displayName,
			String language, String tokenHash, long invitedBy, Instant invitedAt, Instant expiresAt, Instant acceptedAt,
			Instant revokedAt, Long accountId, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.personKind = personKind;
		this.personId = personId;
		this.email = email;
		this.displayName = displayName;
		this.language = language;
		this.tokenHash = tokenHash;
		this.invitedBy = invitedBy;
		this.invitedAt = invitedAt;
		this.expiresAt = expiresAt;
		this.acceptedAt = acceptedAt;
		this.revokedAt = revokedAt;
		this.accountId = accountId;
		this.version = version;
	}

	static Invitation send(CurrentUser by, Invitee invitee, String tokenHash, Instant now) {
		return new Invitation(null, by.organisationId(), invitee.kind(), invitee.personId(),
				Account.normalise(invitee.email()), invitee.displayName(), invitee.language(), tokenHash,
				by.accountId(), now, now.plus(VALID_FOR), null, null, null, null);
	}

	boolean usable(Instant now) {
		return this.acceptedAt == null && this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	/**
	 * The link was used to open the account.
	 */
	void accept(long accountId, Instant now) {
		if (!usable(now)) {
			throw new DomainRuleException("invitation.invalid");
		}
		this.acceptedAt = now;
		this.accountId = accountId;
	}

	/**
	 * A newer invitation replaces this one.
	 */
	void revoke(Instant now) {
		if (this.acceptedAt == null && this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	long organisationId() {
		return this.organisationId;
	}

	PersonKind personKind() {
		return this.personKind;
	}

	long personId() {
		return this.personId;
	}

	String email() {
		return this.email;
	}

	String displayName() {
		return this.displayName;
	}

	String language() {
		return this.language;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

}
