package nl.tandem.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without Chromium the browser tests are skipped on a developer's machine but run (and so
 * fail) on CI.
 */
class RequiresChromiumTest {

	@Test
	void anInstalledBrowserRunsTheTests() {
		assertThat(RequiresChromium.decide(true, "true").isDisabled()).isFalse();
		assertThat(RequiresChromium.decide(true, null).isDisabled()).isFalse();
	}

	@Test
	void aMissingBrowserSkipsTheTestsOutsideCi() {
		assertThat(RequiresChromium.decide(false, null).isDisabled()).isTrue();
		assertThat(RequiresChromium.decide(false, "false").isDisabled()).isTrue();
		assertThat(RequiresChromium.decide(false, null).getReason())
			.hasValueSatisfying(reason -> assertThat(reason).contains("not installed", "skipped"));
	}

	@Test
	void aMissingBrowserIsNotSkippedOnCi() {
		assertThat(RequiresChromium.decide(false, "true").isDisabled()).isFalse();
	}

}
