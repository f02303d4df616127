package nl.tandem.browser;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the page in the browser with axe-core. Serious and critical violations fail the
 * test with the rule ids and the elements concerned, so that the message alone says what
 * to fix.
 */
final class Axe {

	private static final List<String> BLOCKING = List.of("serious", "critical");

	private Axe() {
	}

	static void assertAccessible(WebDriver driver) {
		Results results = builder().analyze(driver);
		assertThat(results.isErrored())
			.as(() -> "axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage())
			.isFalse();
		List<Rule> blocking = results.getViolations()
			.stream()
			.filter(rule -> BLOCKING.contains(rule.getImpact()))
			.toList();
		assertThat(blocking)
			.withFailMessage(() -> "Accessibility violations on " + driver.getCurrentUrl() + ":\n" + describe(blocking))
			.isEmpty();
	}

	/**
	 * Tandem's pages have no frames, so axe runs in the page itself ("legacy mode")
	 * instead of opening a blank window to combine the results of frames, skips the frame
	 * and sandbox handling, and reports only violations; together that halves the time of
	 * a page check.
	 */
	private static AxeBuilder builder() {
		AxeRunOptions options = new AxeRunOptions();
		options.setResultTypes(List.of("violations"));
		return new AxeBuilder().setLegacyMode(true)
			.disableIframeTesting()
			.withoutIframeSandboxes()
			.withOptions(options);
	}

	private static String describe(List<Rule> rules) {
		return rules.stream()
			.map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " <"
					+ rule.getHelpUrl() + ">\n"
					+ rule.getNodes().stream().map(Axe::describe).collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}

	private static String describe(CheckedNode node) {
		return "    " + node.getTarget() + "  " + node.getHtml() + ((node.getFailureSummary() != null)
				? "\n      " + node.getFailureSummary().replace("\n", "\n      ") : "");
	}

}
