package nl.tandem.platform;

import java.text.Normalizer;

/**
 * Names for files that users download.
 */
public final class FileNames {

	private FileNames() {
	}

	/**
	 * The text in plain letters, digits, dots, dashes and underscores, so that it is safe
	 * in a file name on every system.
	 */
	public static String plain(String text) {
		if (text == null) {
			return "";
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		return plain.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
	}

}
