package nl.tandem.plan;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IcsWriterTests {

	@Test
	void everyLineEndsInCrLfAndNoBareLineBreakIsLeft() {
		String ics = new IcsWriter().begin("VCALENDAR")
			.text("X-WR-CALNAME", "Regel een\nregel twee\r\nregel drie\rregel vier")
			.date("DTSTART", LocalDate.of(2025, 3, 7))
			.timestamp("DTSTAMP", Instant.parse("2025-03-07T08:09:10Z"))
			.end("VCALENDAR")
			.toString();
		assertThat(ics)
			.isEqualTo("BEGIN:VCALENDAR\r\n" + "X-WR-CALNAME:Regel een\\nregel twee\\nregel drie\\nregel vier\r\n"
					+ "DTSTART;VALUE=DATE:20250307\r\n" + "DTSTAMP:20250307T080910Z\r\n" + "END:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
	}

	@Test
	void textEscapesBackslashSemicolonCommaAndNewline() {
		assertThat(IcsWriter.escape("a\\b;c,d\ne")).isEqualTo("a\\\\b\\;c\\,d\\ne");
		assertThat(IcsWriter.escape("Gepland: 60 minuten")).isEqualTo("Gepland: 60 minuten");
	}

	@Test
	void textLeavesOutControlCharactersButKeepsTabs() {
		assertThat(IcsWriter.escape("a\u0000b\u0007c\td")).isEqualTo("abc\td");
	}

	@Test
	void aLineOfAtMost75OctetsIsNotFolded() {
		String line = "SUMMARY:" + "x".repeat(67);
		assertThat(octets(line)).isEqualTo(75);
		assertThat(IcsWriter.fold(line)).isEqualTo(line);
	}

	@Test
	void longLinesAreFoldedAt75OctetsAndUnfoldToTheOriginal() {
		String line = "DESCRIPTION:" + "abcdefghij".repeat(20);
		String folded = IcsWriter.fold(line);
		List<String> lines = physicalLines(folded);
		assertThat(lines).hasSize(3);
		assertThat(octets(lines.get(0))).isEqualTo(75);
		assertThat(octets(lines.get(1))).isEqualTo(75);
		assertThat(lines.subList(1, lines.size())).allSatisfy(continued -> assertThat(continued).startsWith(" "));
		assertThat(unfold(folded)).isEqualTo(line);
	}

	@Test
	void foldingNeverSplitsAMultiByteCharacter() {
		String line = "SUMMARY:" + "é".repeat(40) + "€".repeat(30) + "😀".repeat(20);
		String folded = IcsWriter.fold(line);
		List<String> lines = physicalLines(folded);
		assertThat(lines).hasSizeGreaterThan(3)
			.allSatisfy(physical -> assertThat(octets(physical)).isLessThanOrEqualTo(75))
			.allSatisfy(physical -> assertThat(
					new String(physical.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
				.as("a whole number of characters")
				.isEqualTo(physical)
				.doesNotContain("\uFFFD"));
		assertThat(octets(lines.get(0))).as("8 octets of name, then 33 two-octet characters; a 34th would not fit")
			.isEqualTo(74);
		assertThat(unfold(folded)).isEqualTo(line);
	}

	@Test
	void foldedLinesOfADocumentAllEndInCrLf() {
		String ics = new IcsWriter().text("DESCRIPTION", "Één, twee; drie\\ ".repeat(12)).toString();
		assertThat(ics).endsWith("\r\n");
		assertThat(physicalLines(ics.substring(0, ics.length() - 2)))
			.allSatisfy(physical -> assertThat(octets(physical)).isLessThanOrEqualTo(75));
		assertThat(unfold(ics)).isEqualTo("DESCRIPTION:" + "Één\\, twee\\; drie\\\\ ".repeat(12) + "\r\n");
	}

	private static List<String> physicalLines(String folded) {
		return Arrays.asList(folded.split("\r\n", -1));
	}

	private static String unfold(String folded) {
		return folded.replace("\r\n ", "");
	}

	private static int octets(String line) {
		return line.getBytes(StandardCharsets.UTF_8).length;
	}

}
