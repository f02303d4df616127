package nl.tandem.platform;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageOfTests {

	@Test
	void pagesKnowWhereTheyAre() {
		PageOf<String> middle = new PageOf<>(List.of("a"), 1, 25, 60);
		assertThat(middle.totalPages()).isEqualTo(3);
		assertThat(middle.hasPrevious()).isTrue();
		assertThat(middle.hasNext()).isTrue();
		assertThat(middle.offset()).isEqualTo(25);
		PageOf<String> last = new PageOf<>(List.of("a"), 2, 25, 60);
		assertThat(last.hasNext()).isFalse();
	}

	@Test
	void anEmptyListIsOnePage() {
		PageOf<String> empty = new PageOf<>(List.of(), 0, 25, 0);
		assertThat(empty.totalPages()).isEqualTo(1);
		assertThat(empty.hasNext()).isFalse();
		assertThat(empty.hasPrevious()).isFalse();
	}

	@Test
	void aNegativePageIsReadAsTheFirst() {
		assertThat(PageOf.offset(-3, 25)).isZero();
	}

}
