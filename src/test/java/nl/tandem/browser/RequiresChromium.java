package nl.tandem.browser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests only where Chromium and its driver are installed. On a developer's
 * machine without them the tests are skipped; on CI ({@code CI=true}) a missing browser
 * fails them, so that a broken build machine cannot silently turn the browser suite
 * green.
 */
class RequiresChromium implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		check(Browser.installed(), System.getenv("CI"));
	}

	static void check(boolean installed, String ci) {
		if (installed) {
			return;
		}
		String missing = "Chromium (" + Browser.CHROMIUM + ") or chromedriver (" + Browser.CHROMEDRIVER
				+ ") is not installed";
		if ("true".equalsIgnoreCase(ci)) {
			throw new IllegalStateException(missing + "; on CI (CI=true) the browser tests must run");
		}
		Assumptions.abort(missing + "; browser tests skipped");
	}

}
