package nl.tandem.organisation;

import java.util.Set;

import nl.tandem.identity.Role;

/**
 * The details of a staff member as an administrator enters them: the person, the team,
 * the roles of the account and its language.
 */
public record StaffDetails(String givenName, String familyNamePrefix, String familyName, String email, String phone,
		Long teamId, Set<Role> roles, String language) {

	public StaffDetails {
		roles = (roles == null) ? Set.of() : Set.copyOf(roles);
		language = (language == null || language.isBlank()) ? "nl" : language;
	}

	String displayName() {
		return StaffMember.displayName(this.givenName.trim(), blankToNull(this.familyNamePrefix),
				this.familyName.trim());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
