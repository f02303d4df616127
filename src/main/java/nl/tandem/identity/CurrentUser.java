package nl.tandem.identity;

import java.io.Serializable;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as the modules see it: the account, the organisation every query is
 * scoped to, the person behind the account (a staff member, or for a portal account the
 * participant or the employer contact: see {@link #participantId()} and
 * {@link #employerContactId()}), and the roles.
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
		if (authentication != null && !(authentication instanceof PendingSecondFactor)
				&& authentication.getPrincipal() instanceof TandemUser user) {
			return Optional.of(user.current());
		}
		return Optional.empty();
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * Whether this is a participant or an employer contact rather than a staff member.
	 */
	public boolean isPortalUser() {
		return this.roles.stream().noneMatch(Role::isStaff);
	}

	/**
	 * The participant this user is, for a participant's portal account.
	 */
	public OptionalLong participantId() {
		return (has(Role.PARTICIPANT) && this.personId != null) ? OptionalLong.of(this.personId) : OptionalLong.empty();
	}

	/**
	 * The employer contact this user is, for an employer contact's portal account.
	 */
	public OptionalLong employerContactId() {
		return (has(Role.EMPLOYER_CONTACT) && this.personId != null) ? OptionalLong.of(this.personId)
				: OptionalLong.empty();
	}

}
