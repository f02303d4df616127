package nl.tandem.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import nl.tandem.identity.Role;

/**
 * Everything an administrator sees of one staff member.
 */
public record StaffProfile(long id, String givenName, String familyNamePrefix, String familyName, String email,
		String phone, Long teamId, String teamName, Set<Role> roles, String language, boolean active,
		boolean mustChangePassword, Instant lastLoginAt, List<CertificateView> certificates, long version) {

	public String displayName() {
		return StaffMember.displayName(this.givenName, this.familyNamePrefix, this.familyName);
	}

}
