package nl.tandem.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks the throttle before the password, and records the outcome after.
 */
public class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	public ThrottlingAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = authentication.getName();
		if (this.throttle.isThrottled(email)) {
			throw new LoginThrottledException();
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.succeeded(email);
			return result;
		}
		catch (AuthenticationException ex) {
			this.throttle.failed(email);
			throw new BadCredentialsException("Bad credentials", ex);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
