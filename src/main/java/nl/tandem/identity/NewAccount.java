package nl.tandem.identity;

import java.util.Set;

import org.springframework.util.Assert;

/**
 * A request to open an account for a person of an organisation.
 */
public record NewAccount(long organisationId, long personId, String email, String displayName, Set<Role> roles,
		String language, String password) {

	public NewAccount {
		Assert.hasText(email, "email is required");
		Assert.hasText(displayName, "displayName is required");
		Assert.notEmpty(roles, "at least one role is required");
		Assert.hasText(password, "password is required");
		roles = Set.copyOf(roles);
	}

}
