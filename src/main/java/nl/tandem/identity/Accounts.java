package nl.tandem.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens and maintains accounts. Every method that names a person is scoped to an
 * organisation: a person of another organisation is "not found".
 */
@Service
@Transactional
public class Accounts {

	private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * The name an anonymised person's account keeps.
	 */
	static final String ANONYMISED = "Geanonimiseerd";

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	private final Clock clock;

	private final JdbcClient jdbc;

	Accounts(AccountRepository accounts, PasswordEncoder passwordEncoder,
			ObjectProvider<FindByIndexNameSessionRepository<?>> sessions, Clock clock, JdbcClient jdbc) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * Closes the portal account of a person whose file is anonymised, for good: it can no
	 * longer sign in, its open sessions end, and neither its name nor its e-mail address
	 * (nor those of the invitations that led to it) say any longer who it was.
	 */
	public void anonymisePortal(long organisationId, PersonKind kind, long personId) {
		this.jdbc.sql("""
				select email from account
				where organisation_id = :organisation and person_kind = :kind and person_id = :person
				""")
			.param("organisation", organisationId)
			.param("kind", kind.name())
			.param("person", personId)
			.query(String.class)
			.list()
			.forEach(this::endSessions);
		this.jdbc.sql("""
				update account set display_name = :name, email = 'geanonimiseerd-' || id || '@tandem.invalid',
				       password_hash = '!', enabled = false, version = version + 1
				where organisation_id = :organisation and person_kind = :kind and person_id = :person
				""")
			.param("name", ANONYMISED)
			.param("organisation", organisationId)
			.param("kind", kind.name())
			.param("person", personId)
			.update();
		this.jdbc.sql("""
				update invitation set display_name = :name, email = 'geanonimiseerd-' || id || '@tandem.invalid',
				       revoked_at = coalesce(revoked_at, now())
				where organisation_id = :organisation and person_kind = :kind and person_id = :person
				""")
			.param("name", ANONYMISED)
			.param("organisation", organisationId)
			.param("kind", kind.name())
			.param("person", personId)
			.update();
	}

	public long open(NewAccount request) {
		requireFreeEmail(request.email(), null);
		Account account = Account.open(request.organisationId(), request.personId(), request.email(),
				request.displayName(), request.roles(), request.language(),
				this.passwordEncoder.encode(request.password()));
		return this.accounts.save(account).id();
	}

	/**
	 * Opens a portal account for a participant or an employer contact with a password
	 * chosen elsewhere: for demo data and imports only. People open their own portal
	 * account through an invitation ({@link Invitations}).
	 */
	public long openPortal(long organisationId, PersonKind kind, long personId, String email, String displayName,
			String language, String password) {
		if (kind == PersonKind.STAFF) {
			throw new IllegalArgumentException("Staff accounts are opened with open(NewAccount)");
		}
		requireFreeEmail(email, null);
		return this.accounts.save(Account.openPortal(organisationId, kind, personId, email, displayName, language,
				this.passwordEncoder.encode(password)))
			.id();
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> forPerson(long organisationId, long personId) {
		return this.accounts.findStaff(organisationId, personId).map(AccountView::of);
	}

	@Transactional(readOnly = true)
	public Map<Long, AccountView> forPersons(long organisationId, Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		return this.accounts.findForPersons(organisationId, personIds)
			.stream()
			.map(AccountView::of)
			.collect(Collectors.toMap(AccountView::personId, Function.identity()));
	}

	/**
	 * The display names of the given accounts, for timelines and logs.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> names(long organisationId, Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		return this.accounts.findAllById(accountIds)
			.stream()
			.filter(account -> account.organisationId() == organisationId)
			.collect(Collectors.toMap(Account::id, Account::displayName));
	}

	/**
	 * The persons of the organisation whose enabled account has the role.
	 */
	@Transactional(readOnly = true)
	public java.util.List<Long> personsWithRole(long organisationId, Role role) {
		return this.accounts.findPersonsWithRole(organisationId, role.name());
	}

	@Transactional(readOnly = true)
	public boolean emailTaken(String email, Long exceptPersonId) {
		return this.accounts.findByEmail(Account.normalise(email))
			.filter(account -> exceptPersonId == null || !exceptPersonId.equals(account.personId()))
			.isPresent();
	}

	public void describe(long organisationId, long personId, String email, String displayName, Set<Role> roles) {
		requireFreeEmail(email, personId);
		Account account = ofPerson(organisationId, personId);
		account.describe(email, displayName, roles);
		this.accounts.save(account);
	}

	/**
	 * Disables the account and ends its open sessions at once.
	 */
	public void disable(long organisationId, long personId) {
		Account account = ofPerson(organisationId, personId);
		account.disable();
		this.accounts.save(account);
		endSessions(account.email());
	}

	public void enable(long organisationId, long personId) {
		Account account = ofPerson(organisationId, personId);
		account.enable();
		this.accounts.save(account);
	}

	/**
	 * Gives the account a temporary password, to be handed to its owner, who must replace
	 * it at the next sign-in. Open sessions end.
	 * @return the temporary password, shown once
	 */
	public String resetPassword(long organisationId, long personId) {
		Account account = ofPerson(organisationId, personId);
		String temporary = temporaryPassword();
		account.resetPassword(this.passwordEncoder.encode(temporary));
		this.accounts.save(account);
		endSessions(account.email());
		return temporary;
	}

	public void changeOwnPassword(CurrentUser user, String currentPassword, String newPassword) {
		Account account = this.accounts.findById(user.accountId())
			.orElseThrow(() -> new NotFoundException("account", user.accountId()));
		if (!this.passwordEncoder.matches(currentPassword, account.passwordHash())) {
			throw new DomainRuleException("password.current.wrong");
		}
		if (this.passwordEncoder.matches(newPassword, account.passwordHash())) {
			throw new DomainRuleException("password.new.same");
		}
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.accounts.save(account);
	}

	public void changeOwnLanguage(CurrentUser user, String language) {
		Account account = this.accounts.findById(user.accountId())
			.orElseThrow(() -> new NotFoundException("account", user.accountId()));
		account.speak(language);
		this.accounts.save(account);
	}

	@Transactional(readOnly = true)
	public String languageOf(CurrentUser user) {
		return this.accounts.findById(user.accountId()).map(Account::language).orElse("nl");
	}

	void signedIn(long accountId) {
		this.accounts.findById(accountId).ifPresent(account -> {
			account.signedIn(this.clock.instant());
			this.accounts.save(account);
		});
	}

	private void requireFreeEmail(String email, Long exceptPersonId) {
		if (emailTaken(email, exceptPersonId)) {
			throw new DomainRuleException("account.email.taken");
		}
	}

	private Account ofPerson(long organisationId, long personId) {
		return this.accounts.findStaff(organisationId, personId)
			.orElseThrow(() -> new NotFoundException("account of person", personId));
	}

	private void endSessions(String email) {
		FindByIndexNameSessionRepository<?> repository = this.sessions.getIfAvailable();
		if (repository != null) {
			repository.findByPrincipalName(email).keySet().forEach(repository::deleteById);
		}
	}

	static String temporaryPassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
		}
		return password.toString();
	}

}
