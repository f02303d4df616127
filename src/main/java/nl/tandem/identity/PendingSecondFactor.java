package nl.tandem.identity;

import java.time.Instant;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A sign-in halfway: the password was right, the code of the second factor is still to
 * come. It carries no role, so it opens no page but the one that asks for the code.
 */
public final class PendingSecondFactor extends AbstractAuthenticationToken {

	static final String AUTHORITY = "SECOND_FACTOR_PENDING";

	private final TandemUser user;

	private final Instant since;

	PendingSecondFactor(TandemUser user, Instant since) {
		super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
		this.user = user;
		this.since = since;
		setAuthenticated(true);
	}

	public TandemUser user() {
		return this.user;
	}

	public Instant since() {
		return this.since;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return this.user;
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
