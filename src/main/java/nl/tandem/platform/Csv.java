package nl.tandem.platform;

import java.util.Locale;

/**
 * Cells of the CSV files Tandem writes, the same in every export: quoted, safe to open in
 * a spreadsheet, and with decimals as the user's spreadsheet reads them.
 */
public final class Csv {

	private Csv() {
	}

	/**
	 * A text cell: quoted, inner quotes doubled, line breaks made spaces, and a leading
	 * formula character neutralised so that a spreadsheet does not run it.
	 */
	public static String cell(String value) {
		if (value == null) {
			return "";
		}
		String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
		return '"' + safe.replace("\"", "\"\"").replace("\r", " ").replace("\n", " ") + '"';
	}

	/**
	 * A decimal written with a point (as {@code BigDecimal.toPlainString} writes it),
	 * with a decimal comma for Dutch and a point otherwise; never with thousands
	 * separators.
	 */
	public static String decimal(String plain, Locale locale) {
		if (plain == null) {
			return null;
		}
		return "nl".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
	}

}
