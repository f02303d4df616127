package nl.tandem.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The accessibility check of every browser test is only worth something if it can fail: a
 * page with an image without text and unreadable text must be refused, with the rules and
 * the elements named.
 */
class AxeTest extends BrowserTest {

	@Test
	void aPageWithSeriousViolationsFailsWithTheRulesAndTheElements() {
		browser.open("/login");
		browser.script("""
				const image = document.createElement('img');
				image.id = 'no-text';
				image.src = '/assets/img/tandem.svg';
				const faint = document.createElement('p');
				faint.id = 'faint';
				faint.textContent = 'Nauwelijks leesbaar';
				faint.style.color = '#eeeeee';
				document.querySelector('main').append(image, faint);""");

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> Axe.assertAccessible(browser.driver()))
			.withMessageContaining("/login")
			.withMessageContaining("image-alt (critical)")
			.withMessageContaining("#no-text")
			.withMessageContaining("color-contrast (serious)")
			.withMessageContaining("#faint");
	}

}
