package nl.tandem.identity;

import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal Spring Security keeps for a signed-in account.
 */
public class TandemUser extends User {

	private final CurrentUser current;

	private final String language;

	private final boolean mustChangePassword;

	private final SecondFactor secondFactor;

	TandemUser(String email, String passwordHash, boolean enabled, CurrentUser current, String language,
			boolean mustChangePassword, SecondFactor secondFactor) {
		super(email, passwordHash, enabled, true, true, true,
				current.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
		this.current = current;
		this.language = language;
		this.mustChangePassword = mustChangePassword;
		this.secondFactor = secondFactor;
	}

	public CurrentUser current() {
		return this.current;
	}

	public String language() {
		return this.language;
	}

	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	public SecondFactor secondFactor() {
		return this.secondFactor;
	}

	/**
	 * A participant or an employer contact, who uses the portal and no staff page.
	 */
	public boolean isPortalUser() {
		return this.current.isPortalUser();
	}

	public String displayName() {
		return this.current.displayName();
	}

	public Set<Role> roles() {
		return this.current.roles();
	}

	public TandemUser withPasswordChanged() {
		return new TandemUser(getUsername(), "", isEnabled(), this.current, this.language, false, this.secondFactor);
	}

	/**
	 * The same user after giving (or setting up) the second factor.
	 */
	public TandemUser withSecondFactorGiven() {
		return new TandemUser(getUsername(), "", isEnabled(), this.current, this.language, this.mustChangePassword,
				SecondFactor.NONE);
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
