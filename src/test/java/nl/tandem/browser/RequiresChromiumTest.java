package nl.tandem.browser;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Without Chromium the browser tests are skipped on a developer's machine but fail on CI.
 */
class RequiresChromiumTest {

	@Test
	void anInstalledBrowserRunsTheTests() {
		assertThatCode(() -> RequiresChromium.check(true, "true")).doesNotThrowAnyException();
		assertThatCode(() -> RequiresChromium.check(true, null)).doesNotThrowAnyException();
	}

	@Test
	void aMissingBrowserSkipsTheTestsOutsideCi() {
		assertThatExceptionOfType(TestAbortedException.class).isThrownBy(() -> RequiresChromium.check(false, null))
			.withMessageContaining("skipped");
		assertThatExceptionOfType(TestAbortedException.class).isThrownBy(() -> RequiresChromium.check(false, "false"));
	}

	@Test
	void aMissingBrowserFailsTheTestsOnCi() {
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> RequiresChromium.check(false, "true"))
			.withMessageContaining("CI=true");
	}

}
