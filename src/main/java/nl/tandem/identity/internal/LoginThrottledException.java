package nl.tandem.identity.internal;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed sign-ins for this address in a short time.
 */
class LoginThrottledException extends AuthenticationException {

	LoginThrottledException() {
		super("Too many failed sign-ins");
	}

}
