package nl.tandem.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final TwoFactor twoFactor;

	AccountUserDetailsService(AccountRepository accounts, TwoFactor twoFactor) {
		this.accounts = accounts;
		this.twoFactor = twoFactor;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return this.accounts.findByEmail(Account.normalise(email))
			.map(account -> new TandemUser(account.email(), account.passwordHash(), account.enabled(),
					account.current(), account.language(), account.mustChangePassword(),
					this.twoFactor.atSignIn(account.id(), account.organisationId(), account.roles())))
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}

}
