package nl.tandem.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.util.Assert;

/**
 * A login: an e-mail address (unique across Tandem, because one signs in before the
 * organisation is known), a password hash, the roles and the preferred language. An
 * account belongs to one organisation and to one person in it.
 * <p>
 * Invariants: a disabled account cannot sign in; an account has at least one role; an
 * account whose password was reset by someone else must choose a new one at its next
 * sign-in.
 */
@Table("account")
class Account {

	@Id
	private Long id;

	private final long organisationId;

	private final Long personId;

	private final PersonKind personKind;

	private String email;

	private String displayName;

	private String passwordHash;

	private Set<Role> roles;

	private String language;

	private boolean enabled;

	private boolean mustChangePassword;

	private Instant lastLoginAt;

	@Version
	private Long version;

	@PersistenceCreator
	Account(Long id, long organisationId, Long personId, PersonKind personKind, String email, String displayName,
			String passwordHash, Set<Role> roles, String language, boolean enabled, boolean mustChangePassword,
			Instant lastLoginAt, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.personId = personId;
		this.personKind = (personKind != null) ? personKind : PersonKind.STAFF;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = roles;
		this.language = language;
		this.enabled = enabled;
		this.mustChangePassword = mustChangePassword;
		this.lastLoginAt = lastLoginAt;
		this.version = version;
	}

	static Account open(long organisationId, Long personId, String email, String displayName, Set<Role> roles,
			String language, String passwordHash) {
		Assert.notEmpty(roles, "An account needs at least one role");
		return new Account(null, organisationId, personId, PersonKind.STAFF, normalise(email), displayName,
				passwordHash, EnumSet.copyOf(roles), language, true, false, null, null);
	}

	/**
	 * An account of a participant or an employer contact, opened when they accept their
	 * invitation and choose a password.
	 */
	static Account openPortal(long organisationId, PersonKind kind, long personId, String email, String displayName,
			String language, String passwordHash) {
		return new Account(null, organisationId, personId, kind, normalise(email), displayName, passwordHash,
				EnumSet.of(kind.portalRole()), language, true, false, null, null);
	}

	static String normalise(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
	}

	/**
	 * A password set by someone else is temporary: the owner must replace it at the next
	 * sign-in.
	 */
	void resetPassword(String temporaryHash) {
		this.passwordHash = temporaryHash;
		this.mustChangePassword = true;
	}

	void describe(String email, String displayName, Set<Role> roles) {
		Assert.notEmpty(roles, "An account needs at least one role");
		this.email = normalise(email);
		this.displayName = displayName;
		this.roles = EnumSet.copyOf(roles);
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	void speak(String language) {
		this.language = language;
	}

	void signedIn(Instant when) {
		this.lastLoginAt = when;
	}

	Long id() {
		return this.id;
	}

	long organisationId() {
		return this.organisationId;
	}

	Long personId() {
		return this.personId;
	}

	PersonKind personKind() {
		return this.personKind;
	}

	String email() {
		return this.email;
	}

	String displayName() {
		return this.displayName;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	Set<Role> roles() {
		return (this.roles.isEmpty()) ? Set.of() : EnumSet.copyOf(this.roles);
	}

	String language() {
		return this.language;
	}

	boolean enabled() {
		return this.enabled;
	}

	boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	Instant lastLoginAt() {
		return this.lastLoginAt;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

	CurrentUser current() {
		return new CurrentUser(this.id, this.organisationId, this.personId, this.displayName, roles());
	}

}
