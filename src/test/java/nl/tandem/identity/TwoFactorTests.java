package nl.tandem.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.Member;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.TandemTest;
import nl.tandem.identity.internal.LoginThrottle;
import nl.tandem.identity.internal.Totp;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TandemTest
class TwoFactorTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	TwoFactor twoFactor;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountRepository accountRepository;

	TestOrganisation organisation;

	Member coach;

	@BeforeEach
	void organisation() {
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach();
	}

	@Test
	void aFirstCodeConfirmsTheSetUpAndGivesTenRecoveryCodes() {
		TwoFactor.Enrolment started = this.twoFactor.enrolment(this.coach.user(), this.coach.email());
		assertThat(started.confirmed()).isFalse();
		assertThat(started.uri()).startsWith("otpauth://totp/Tandem%3A" + this.coach.email().replace("@", "%40"))
			.contains("secret=" + started.secret())
			.contains("issuer=Tandem");
		assertThat(this.twoFactor.enrolment(this.coach.user(), this.coach.email()).secret())
			.as("the secret stays the same until confirmed")
			.isEqualTo(started.secret());
		assertThat(atSignIn()).isEqualTo(SecondFactor.NONE);

		assertThatThrownBy(() -> this.twoFactor.confirm(this.coach.user(), wrong(started.secret())))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("twofactor.code.wrong");
		List<String> codes = this.twoFactor.confirm(this.coach.user(), now(started.secret()));
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		assertThat(this.twoFactor.enrolment(this.coach.user(), this.coach.email())).satisfies(enrolment -> {
			assertThat(enrolment.confirmed()).isTrue();
			assertThat(enrolment.secret()).isNull();
			assertThat(enrolment.recoveryCodesLeft()).isEqualTo(10);
		});
		assertThat(atSignIn()).isEqualTo(SecondFactor.CODE);
		assertThat(this.jdbc.sql("select code_hash from recovery_code where account_id = :account")
			.param("account", this.coach.user().accountId())
			.query(String.class)
			.list()).hasSize(10).doesNotContainAnyElementsOf(codes);
	}

	@Test
	void aCodeIsAcceptedWithinOneStepOfTheClockAndOnlyOnce() {
		String secret = enrol();
		Instant at = Instant.now().plusSeconds(3600);
		TwoFactor fixed = new TwoFactor(this.jdbc, this.throttle, this.accounts, this.accountRepository,
				Clock.fixed(at, ZoneOffset.UTC));
		long step = Totp.step(at);
		assertThatThrownBy(() -> fixed.verifySignIn(user(), Totp.code(secret, step - 2)))
			.isInstanceOf(DomainRuleException.class);
		assertThatThrownBy(() -> fixed.verifySignIn(user(), Totp.code(secret, step + 2)))
			.isInstanceOf(DomainRuleException.class);
		assertThatNoException().isThrownBy(() -> fixed.verifySignIn(user(), Totp.code(secret, step - 1)));
		assertThatNoException().isThrownBy(() -> fixed.verifySignIn(user(), Totp.code(secret, step)));
		assertThatThrownBy(() -> fixed.verifySignIn(user(), Totp.code(secret, step))).as("the same code a second time")
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("twofactor.code.wrong");
		assertThatThrownBy(() -> fixed.verifySignIn(user(), Totp.code(secret, step - 1)))
			.as("an older code after a newer one")
			.isInstanceOf(DomainRuleException.class);
		assertThatNoException().isThrownBy(() -> fixed.verifySignIn(user(), Totp.code(secret, step + 1)));
	}

	@Test
	void eachRecoveryCodeWorksOnce() {
		enrol();
		List<String> codes = this.twoFactor.newRecoveryCodes(this.coach.user());
		this.twoFactor.verifySignIn(user(), codes.get(0));
		this.twoFactor.verifySignIn(user(), " " + codes.get(1).toUpperCase().replace("-", " ") + " ");
		assertThatThrownBy(() -> this.twoFactor.verifySignIn(user(), codes.get(0)))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("twofactor.code.wrong");
		assertThat(this.twoFactor.enrolment(this.coach.user(), this.coach.email()).recoveryCodesLeft()).isEqualTo(8);
	}

	@Test
	void newRecoveryCodesReplaceTheOldOnes() {
		enrol();
		List<String> old = this.twoFactor.newRecoveryCodes(this.coach.user());
		List<String> renewed = this.twoFactor.newRecoveryCodes(this.coach.user());
		assertThatThrownBy(() -> this.twoFactor.verifySignIn(user(), old.get(0)))
			.isInstanceOf(DomainRuleException.class);
		assertThatNoException().isThrownBy(() -> this.twoFactor.verifySignIn(user(), renewed.get(0)));
	}

	@Test
	void fiveWrongCodesThrottleEvenTheRightOne() {
		String secret = enrol();
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThatThrownBy(() -> this.twoFactor.verifySignIn(user(), wrong(secret)))
				.hasMessage("twofactor.code.wrong");
		}
		assertThatThrownBy(() -> this.twoFactor.verifySignIn(user(), next(secret)))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("twofactor.throttled");
		Member other = this.organisation.otherCoach();
		assertThat(this.twoFactor.atSignIn(other.user().accountId(), this.organisation.id(), other.user().roles()))
			.as("another account is not throttled")
			.isEqualTo(SecondFactor.NONE);
	}

	@Test
	void privacyOfficersMustSetItUpAndTheOrganisationDecidesForOtherStaff() {
		assertThat(this.twoFactor.required(this.organisation.id(), Set.of(Role.PRIVACY_OFFICER))).isTrue();
		assertThat(this.twoFactor.required(this.organisation.id(), Set.of(Role.COACH))).isFalse();
		assertThat(this.twoFactor.atSignIn(1, this.organisation.id(), Set.of(Role.PARTICIPANT)))
			.isEqualTo(SecondFactor.NONE);
		CurrentUser admin = this.organisation.admin().user();
		TwoFactor.Policy policy = this.twoFactor.policy(admin);
		assertThat(policy.requiredForStaff()).isFalse();
		this.twoFactor.requireForStaff(admin, true, policy.version());
		assertThat(this.twoFactor.required(this.organisation.id(), Set.of(Role.COACH))).isTrue();
		assertThat(atSignIn()).isEqualTo(SecondFactor.ENROL);
		assertThat(this.twoFactor.required(this.fixtures.organisation().id(), Set.of(Role.COACH)))
			.as("another organisation keeps its own rule")
			.isFalse();
		assertThat(this.twoFactor.atSignIn(1, this.organisation.id(), Set.of(Role.EMPLOYER_CONTACT)))
			.as("portal users are not staff")
			.isEqualTo(SecondFactor.NONE);
	}

	@Test
	void aStalePolicyEditIsRefusedAndOnlyAdministratorsChangeIt() {
		CurrentUser admin = this.organisation.admin().user();
		long version = this.twoFactor.policy(admin).version();
		this.twoFactor.requireForStaff(admin, true, version);
		assertThatThrownBy(() -> this.twoFactor.requireForStaff(admin, false, version))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(this.twoFactor.policy(admin).requiredForStaff()).isTrue();
		assertThatThrownBy(() -> this.twoFactor.requireForStaff(this.coach.user(), false, version + 1))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.twoFactor.policy(this.organisation.teamLead().user()))
			.isInstanceOf(AccessDeniedException.class);
	}

	private String enrol() {
		String secret = this.twoFactor.enrolment(this.coach.user(), this.coach.email()).secret();
		this.twoFactor.confirm(this.coach.user(), now(secret));
		return secret;
	}

	private SecondFactor atSignIn() {
		return this.twoFactor.atSignIn(this.coach.user().accountId(), this.organisation.id(),
				this.coach.user().roles());
	}

	private TandemUser user() {
		return new TandemUser(this.coach.email(), "", true, this.coach.user(), "nl", false, SecondFactor.CODE);
	}

	static String now(String secret) {
		return Totp.code(secret, Totp.step(Instant.now()));
	}

	/**
	 * The code of the next step: accepted (within the window) after the current one was
	 * used.
	 */
	static String next(String secret) {
		return Totp.code(secret, Totp.step(Instant.now()) + 1);
	}

	static String wrong(String secret) {
		long step = Totp.step(Instant.now());
		String code = "000000";
		while (code.equals(Totp.code(secret, step - 1)) || code.equals(Totp.code(secret, step))
				|| code.equals(Totp.code(secret, step + 1))) {
			code = String.format("%06d", (Integer.parseInt(code) + 1));
		}
		return code;
	}

}
