package nl.tandem.browser;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests only where Chromium and its driver are installed. On a developer's
 * machine without them the tests are skipped (before the application starts); on CI
 * ({@code CI=true}) a missing browser fails them, so that a broken build machine cannot
 * silently turn the browser suite green.
 */
class RequiresChromium implements ExecutionCondition, BeforeAllCallback {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return decide(Browser.installed(), System.getenv("CI"));
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		if (!Browser.installed()) {
			throw new IllegalStateException(missing() + "; on CI (CI=true) the browser tests must run");
		}
	}

	/**
	 * Whether browser tests run: yes with a browser; on CI also without one, so that
	 * {@link #beforeAll} fails them; otherwise they are skipped.
	 */
	static ConditionEvaluationResult decide(boolean installed, String ci) {
		if (installed) {
			return ConditionEvaluationResult.enabled("Chromium is installed");
		}
		if ("true".equalsIgnoreCase(ci)) {
			return ConditionEvaluationResult.enabled("on CI a missing Chromium fails the browser tests");
		}
		return ConditionEvaluationResult.disabled(missing() + "; browser tests skipped");
	}

	private static String missing() {
		return "Chromium (" + Browser.CHROMIUM + ") or chromedriver (" + Browser.CHROMEDRIVER + ") is not installed";
	}

}
