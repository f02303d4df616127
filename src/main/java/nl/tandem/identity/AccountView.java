package nl.tandem.identity;

import java.time.Instant;
import java.util.Set;

/**
 * What other modules may know of an account.
 */
public record AccountView(long id, long personId, String email, Set<Role> roles, String language, boolean enabled,
		boolean mustChangePassword, Instant lastLoginAt) {

	static AccountView of(Account account) {
		return new AccountView(account.id(), account.personId(), account.email(), account.roles(), account.language(),
				account.enabled(), account.mustChangePassword(), account.lastLoginAt());
	}

}
