package nl.tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MedicalTermsTests {

	MedicalTerms terms = new MedicalTerms();

	@Test
	void findsDutchAndEnglishTermsWholeWordsAndWordFormsOnce() {
		assertThat(this.terms.find("Hij is depressief geweest en gebruikt medicatie; de depressie is voorbij."))
			.containsExactly("depressief", "medicatie", "depressie");
		assertThat(this.terms.find("After her Hospital stay the medication changed.")).containsExactly("hospital",
				"medication");
		assertThat(this.terms.find("Een burn-out en daarna een GGZ-traject.")).containsExactly("burn-out",
				"ggz-traject");
	}

	@Test
	void ignoresCaseAndAccentsButNotPartsOfOtherWords() {
		assertThat(this.terms.find("SUICIDAAL")).containsExactly("suicidaal");
		assertThat(this.terms.find("suïcidale gedachten")).containsExactly("suïcidale");
		// "opname" is listed, "opnamestudio" begins with it but is no care word: only
		// listed prefixes match
		assertThat(this.terms.find("Hij werkt in een opnamestudio en behandelt de post.")).isEmpty();
		assertThat(this.terms.find("Zelfstandig de ochtendronde gedaan; collega's zijn tevreden.")).isEmpty();
		assertThat(this.terms.find(null)).isEmpty();
		assertThat(this.terms.find("  ")).isEmpty();
	}

	@Test
	void theListIsReadWithItsCommentsLeftOut() {
		assertThat(this.terms.size()).isGreaterThan(60);
		assertThat(this.terms.find("Keep the list sorted within each group")).isEmpty();
	}

}
