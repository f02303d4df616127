package nl.tandem.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTests {

	/**
	 * The SHA-1 secret of the test vectors of RFC 6238, appendix B.
	 */
	private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	@Test
	void codesAreThoseOfTheRfcTestVectors() {
		// The RFC lists 8 digits; an authenticator app shows the last 6.
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
	}

	@Test
	void aCodeIsAcceptedOneStepEitherSideAndNoFurther() {
		Instant now = Instant.parse("2026-03-02T09:15:10Z");
		long step = Totp.step(now);
		assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step), now, 0)).hasValue(step);
		assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, 0)).hasValue(step - 1);
		assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, 0)).hasValue(step + 1);
		assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, 0)).isEmpty();
		assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now, 0)).isEmpty();
	}

	@Test
	void aCodeOfAStepAlreadyUsedIsRefused() {
		Instant now = Instant.parse("2026-03-02T09:15:10Z");
		long step = Totp.step(now);
		String code = Totp.code(RFC_SECRET, step);
		assertThat(Totp.verify(RFC_SECRET, code, now, step)).isEmpty();
		assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, step - 1)).isEmpty();
		assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, step)).hasValue(step + 1);
	}

	@Test
	void onlySixDigitsAreACode() {
		Instant now = Instant.parse("2026-03-02T09:15:10Z");
		String code = Totp.code(RFC_SECRET, Totp.step(now));
		assertThat(Totp.verify(RFC_SECRET, null, now, 0)).isEmpty();
		assertThat(Totp.verify(RFC_SECRET, code + "0", now, 0)).isEmpty();
		assertThat(Totp.verify(RFC_SECRET, "abcdef", now, 0)).isEmpty();
	}

	@Test
	void secretsAreRandomBase32OfOneHundredSixtyBits() {
		String secret = Totp.newSecret();
		assertThat(secret).hasSize(32).matches("[A-Z2-7]+").isNotEqualTo(Totp.newSecret());
		assertThat(Totp.fromBase32(secret)).hasSize(20);
		assertThat(Totp.base32(Totp.fromBase32(secret))).isEqualTo(secret);
	}

	@Test
	void recoveryCodesAreReadAsTypedAndHashed() {
		String code = Secrets.recoveryCode();
		assertThat(code).matches("[a-z2-9]{5}-[a-z2-9]{5}").doesNotContain("0", "o", "1", "l", "i");
		assertThat(Secrets.normaliseCode(" " + code.toUpperCase() + " ")).isEqualTo(code.replace("-", ""));
		assertThat(Secrets.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(Secrets.token()).hasSize(43).matches("[A-Za-z0-9_-]+");
	}

}
