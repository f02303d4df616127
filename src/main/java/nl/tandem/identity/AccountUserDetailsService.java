package nl.tandem.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return this.accounts.findByEmail(Account.normalise(email))
			.map(account -> new TandemUser(account.email(), account.passwordHash(), account.enabled(),
					account.current(), account.language(), account.mustChangePassword()))
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}

}
