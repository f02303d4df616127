package nl.tandem.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import nl.tandem.identity.internal.LoginThrottle;
import nl.tandem.identity.internal.Secrets;
import nl.tandem.identity.internal.Totp;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in for staff: a code from an authenticator app (TOTP) after the
 * password, or one of ten recovery codes. It is required of privacy officers, and of all
 * staff of an organisation whose administrator says so; any staff member may set it up.
 * Wrong codes are throttled per account like wrong passwords: after five in 15 minutes no
 * code is accepted for a while, not even the right one.
 */
@Service
@Transactional(noRollbackFor = DomainRuleException.class) // a wrong code is refused, and
															// counted
public class TwoFactor {

	static final int RECOVERY_CODES = 10;

	private static final String THROTTLE_PREFIX = "second-factor:";

	private final JdbcClient jdbc;

	private final LoginThrottle throttle;

	private final Accounts accounts;

	private final AccountRepository accountRepository;

	private final Clock clock;

	TwoFactor(JdbcClient jdbc, LoginThrottle throttle, Accounts accounts, AccountRepository accountRepository,
			Clock clock) {
		this.jdbc = jdbc;
		this.throttle = throttle;
		this.accounts = accounts;
		this.accountRepository = accountRepository;
		this.clock = clock;
	}

	/**
	 * What an account still owes at sign-in: a code when two-factor is set up, setting it
	 * up when it is required, else nothing. Portal accounts owe nothing.
	 */
	@Transactional(readOnly = true)
	public SecondFactor atSignIn(long accountId, long organisationId, Set<Role> roles) {
		if (roles.stream().noneMatch(Role::isStaff)) {
			return SecondFactor.NONE;
		}
		if (confirmed(accountId)) {
			return SecondFactor.CODE;
		}
		return required(organisationId, roles) ? SecondFactor.ENROL : SecondFactor.NONE;
	}

	@Transactional(readOnly = true)
	public boolean required(long organisationId, Set<Role> roles) {
		return roles.contains(Role.PRIVACY_OFFICER)
				|| (roles.stream().anyMatch(Role::isStaff) && policy(organisationId).requiredForStaff());
	}

	/**
	 * The user's two-factor set-up as the profile shows it. A user without one gets a new
	 * secret to add to their app; it counts only once a first code confirms it.
	 */
	public Enrolment enrolment(CurrentUser user, String email) {
		requireStaff(user);
		Optional<Stored> stored = stored(user.accountId());
		boolean required = required(user.organisationId(), user.roles());
		if (stored.isPresent() && stored.get().confirmedAt() != null) {
			return new Enrolment(true, stored.get().confirmedAt(), null, null, recoveryCodesLeft(user.accountId()),
					required);
		}
		String secret = stored.map(Stored::secret).orElseGet(() -> start(user));
		return new Enrolment(false, null, secret, uri(email, secret), 0, required);
	}

	/**
	 * Confirms the set-up with a first code from the app.
	 * @return the recovery codes, shown this once
	 */
	public List<String> confirm(CurrentUser user, String code) {
		requireStaff(user);
		String key = THROTTLE_PREFIX + user.accountId();
		requireNotThrottled(key);
		Stored stored = stored(user.accountId()).filter(s -> s.confirmedAt() == null)
			.orElseThrow(() -> new DomainRuleException("twofactor.enrol.none"));
		OptionalLong step = Totp.verify(stored.secret(), code, this.clock.instant(), stored.lastStep());
		if (step.isEmpty()) {
			this.throttle.failed(key);
			throw new DomainRuleException("twofactor.code.wrong");
		}
		this.throttle.succeeded(key);
		this.jdbc.sql("update two_factor set confirmed_at = :now, last_step = :step where account_id = :account")
			.param("now", now())
			.param("step", step.getAsLong())
			.param("account", user.accountId())
			.update();
		return newRecoveryCodes(user);
	}

	/**
	 * Replaces the recovery codes with ten new ones.
	 * @return the new codes, shown this once
	 */
	public List<String> newRecoveryCodes(CurrentUser user) {
		requireStaff(user);
		if (!confirmed(user.accountId())) {
			throw new DomainRuleException("twofactor.enrol.none");
		}
		this.jdbc.sql("delete from recovery_code where account_id = :account")
			.param("account", user.accountId())
			.update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String code = Secrets.recoveryCode();
			codes.add(code);
			this.jdbc.sql("""
					insert into recovery_code (organisation_id, account_id, code_hash)
					values (:organisation, :account, :hash)""")
				.param("organisation", user.organisationId())
				.param("account", user.accountId())
				.param("hash", recoveryHash(user.accountId(), code))
				.update();
		}
		return codes;
	}

	/**
	 * The second step of a sign-in: a code of the app, or an unused recovery code (which
	 * is then used up). Every code works once.
	 * @throws DomainRuleException {@code twofactor.throttled} after too many wrong codes,
	 * {@code twofactor.code.wrong} for a wrong one
	 */
	public void verifySignIn(TandemUser user, String code) {
		long account = user.current().accountId();
		String key = THROTTLE_PREFIX + account;
		requireNotThrottled(key);
		if (!acceptTotp(account, code) && !acceptRecoveryCode(account, code)) {
			this.throttle.failed(key);
			throw new DomainRuleException("twofactor.code.wrong");
		}
		this.throttle.succeeded(key);
		this.accounts.signedIn(account);
	}

	/**
	 * Removes a staff member's two-step sign-in and recovery codes, for one who lost both
	 * the phone and the codes. At the next sign-in they set it up again if it is
	 * required.
	 */
	public void reset(CurrentUser admin, long staffMemberId) {
		requireAdmin(admin);
		long account = this.accountRepository.findStaff(admin.organisationId(), staffMemberId)
			.orElseThrow(() -> new NotFoundException("account of person", staffMemberId))
			.id();
		this.jdbc.sql("delete from recovery_code where account_id = :account").param("account", account).update();
		this.jdbc.sql("delete from two_factor where account_id = :account").param("account", account).update();
	}

	/**
	 * The organisation's rule for its staff other than privacy officers.
	 */
	@Transactional(readOnly = true)
	public Policy policy(CurrentUser admin) {
		requireAdmin(admin);
		return policy(admin.organisationId());
	}

	public void requireForStaff(CurrentUser admin, boolean required, long version) {
		requireAdmin(admin);
		this.jdbc.sql("insert into two_factor_policy (organisation_id) values (:organisation) on conflict do nothing")
			.param("organisation", admin.organisationId())
			.update();
		int updated = this.jdbc.sql("""
				update two_factor_policy set required_for_staff = :required, version = version + 1
				where organisation_id = :organisation and version = :version""")
			.param("required", required)
			.param("organisation", admin.organisationId())
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new ConcurrentEditException("two-factor policy", admin.organisationId());
		}
	}

	private Policy policy(long organisationId) {
		return this.jdbc
			.sql("select required_for_staff, version from two_factor_policy where organisation_id = :organisation")
			.param("organisation", organisationId)
			.query(Policy.class)
			.optional()
			.orElse(new Policy(false, 0));
	}

	private boolean acceptTotp(long account, String code) {
		Optional<Stored> stored = stored(account).filter(s -> s.confirmedAt() != null);
		if (stored.isEmpty()) {
			return false;
		}
		OptionalLong step = Totp.verify(stored.get().secret(), (code != null) ? code.strip() : null,
				this.clock.instant(), stored.get().lastStep());
		// The step only moves forward, so two requests with the same code cannot both
		// pass.
		return step.isPresent() && this.jdbc
			.sql("update two_factor set last_step = :step where account_id = :account and last_step < :step")
			.param("step", step.getAsLong())
			.param("account", account)
			.update() == 1;
	}

	private boolean acceptRecoveryCode(long account, String code) {
		String normalised = Secrets.normaliseCode(code);
		if (normalised.length() != 10) {
			return false;
		}
		return this.jdbc.sql("""
				update recovery_code set used_at = :now
				where account_id = :account and code_hash = :hash and used_at is null""")
			.param("now", now())
			.param("account", account)
			.param("hash", recoveryHash(account, normalised))
			.update() == 1;
	}

	private String start(CurrentUser user) {
		String secret = Totp.newSecret();
		this.jdbc.sql("""
				insert into two_factor (account_id, organisation_id, secret, created_at)
				values (:account, :organisation, :secret, :now)""")
			.param("account", user.accountId())
			.param("organisation", user.organisationId())
			.param("secret", secret)
			.param("now", now())
			.update();
		return secret;
	}

	private boolean confirmed(long accountId) {
		return stored(accountId).filter(s -> s.confirmedAt() != null).isPresent();
	}

	private Optional<Stored> stored(long accountId) {
		return this.jdbc.sql("select secret, confirmed_at, last_step from two_factor where account_id = :account")
			.param("account", accountId)
			.query(Stored.class)
			.optional();
	}

	private int recoveryCodesLeft(long accountId) {
		return this.jdbc.sql("select count(*) from recovery_code where account_id = :account and used_at is null")
			.param("account", accountId)
			.query(Integer.class)
			.single();
	}

	private void requireNotThrottled(String key) {
		if (this.throttle.isThrottled(key)) {
			throw new DomainRuleException("twofactor.throttled");
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	static String recoveryHash(long accountId, String code) {
		return Secrets.sha256(accountId + ":" + Secrets.normaliseCode(code));
	}

	static String uri(String email, String secret) {
		String label = URLEncoder.encode("Tandem:" + email, StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Tandem&algorithm=SHA1&digits=6&period="
				+ Totp.STEP_SECONDS;
	}

	private static void requireStaff(CurrentUser user) {
		if (user.isPortalUser()) {
			throw new AccessDeniedException("Two-factor sign-in is for staff");
		}
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.has(Role.ADMIN)) {
			throw new AccessDeniedException("Only an administrator sets the organisation's rules");
		}
	}

	/**
	 * A user's two-factor set-up: confirmed or not, and while not, the secret to add to
	 * an authenticator app (as text and as an {@code otpauth://} address).
	 */
	public record Enrolment(boolean confirmed, Instant confirmedAt, String secret, String uri, int recoveryCodesLeft,
			boolean required) {

		/**
		 * The secret in groups of four, easier to type.
		 */
		public String secretForReading() {
			return (this.secret != null) ? this.secret.replaceAll("(.{4})(?!$)", "$1 ") : null;
		}

	}

	/**
	 * Whether staff other than privacy officers must use two-factor sign-in.
	 */
	public record Policy(boolean requiredForStaff, long version) {
	}

	record Stored(String secret, Instant confirmedAt, long lastStep) {
	}

}
