package nl.tandem.identity;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as the modules see it: the account, the organisation every query is
 * scoped to, the person behind the account (a staff member now; a participant or employer
 * contact later), and the roles.
 */
public record CurrentUser(long accountId, long organisationId, Long personId, String displayName,
		Set<Role> roles) implements Serializable {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	/**
	 * The user signed in on the current request, if any.
	 */
	public static Optional<CurrentUser> signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof TandemUser user) {
			return Optional.of(user.current());
		}
		return Optional.empty();
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

}
