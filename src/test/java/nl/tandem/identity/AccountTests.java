package nl.tandem.identity;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTests {

	static Account coach() {
		return Account.open(1, 2L, " Coach@Example.TEST ", "Sanne", Set.of(Role.COACH), "nl", "{noop}x");
	}

	@Test
	void anAccountSignsInWithItsAddressInLowerCase() {
		assertThat(coach().email()).isEqualTo("coach@example.test");
	}

	@Test
	void anAccountNeedsARole() {
		assertThatThrownBy(() -> Account.open(1, 2L, "a@b.test", "A", Set.of(), "nl", "{noop}x"))
			.isInstanceOf(IllegalArgumentException.class);
		Account account = coach();
		assertThatThrownBy(() -> account.describe("a@b.test", "A", Set.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aPasswordSetBySomeoneElseMustBeReplaced() {
		Account account = coach();
		account.resetPassword("{noop}temporary");
		assertThat(account.mustChangePassword()).isTrue();
		account.changePassword("{noop}mine");
		assertThat(account.mustChangePassword()).isFalse();
	}

	@Test
	void temporaryPasswordsAreLongAndUnambiguous() {
		String password = Accounts.temporaryPassword();
		assertThat(password).hasSize(16).doesNotContain("0", "O", "1", "l", "I");
		assertThat(Accounts.temporaryPassword()).isNotEqualTo(password);
	}

}
