package nl.tandem.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes iCalendar text (RFC 5545): content lines ending in CRLF, folded so that no line
 * is longer than 75 octets, and text values escaped. Small on purpose: the calendar feed
 * needs a handful of properties, not a calendar library.
 */
final class IcsWriter {

	static final String CRLF = "\r\n";

	static final int MAX_OCTETS = 75;

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final StringBuilder out = new StringBuilder();

	IcsWriter begin(String component) {
		return line("BEGIN", component);
	}

	IcsWriter end(String component) {
		return line("END", component);
	}

	/**
	 * A property whose value is written as it is: the caller vouches that it needs no
	 * escaping.
	 */
	IcsWriter line(String name, String value) {
		this.out.append(fold(name + ":" + value)).append(CRLF);
		return this;
	}

	/**
	 * A property of type TEXT, escaped.
	 */
	IcsWriter text(String name, String value) {
		return line(name, escape(value));
	}

	/**
	 * A property of type DATE, such as the start of an all-day event.
	 */
	IcsWriter date(String name, LocalDate date) {
		return line(name + ";VALUE=DATE", DATE.format(date));
	}

	/**
	 * A property of type DATE-TIME in UTC.
	 */
	IcsWriter timestamp(String name, Instant at) {
		return line(name, UTC.format(at));
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

	/**
	 * Escapes a TEXT value: backslash, semicolon, comma and line breaks; other control
	 * characters than the tab are not allowed in TEXT and are left out.
	 */
	static String escape(String value) {
		StringBuilder escaped = new StringBuilder(value.length() + 8);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case ';' -> escaped.append("\\;");
				case ',' -> escaped.append("\\,");
				case '\n' -> escaped.append("\\n");
				case '\r' -> {
					escaped.append("\\n");
					if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
						i++;
					}
				}
				default -> {
					if (c == '\t' || !Character.isISOControl(c)) {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	/**
	 * Folds a content line (without its CRLF) into lines of at most 75 octets of UTF-8,
	 * continued on the next line after a CRLF and a space. A character is never split.
	 */
	static String fold(String line) {
		StringBuilder folded = new StringBuilder(line.length() + 16);
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			int size = octets(codePoint);
			if (octets + size > MAX_OCTETS) {
				folded.append(CRLF).append(' ');
				octets = 1;
			}
			folded.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		return folded.toString();
	}

	private static int octets(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return (codePoint < 0x10000) ? 3 : 4;
	}

}
