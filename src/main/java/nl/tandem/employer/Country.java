package nl.tandem.employer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The countries Tandem's organisations work in, each with its own way of writing postal
 * codes and registration numbers: the Dutch Chamber of Commerce (KvK) number of eight
 * digits, and the Belgian enterprise number (ondernemingsnummer) of ten digits that ends
 * in a modulo-97 check.
 */
public enum Country {

	NL {
		@Override
		public Optional<String> postalCode(String written) {
			String compact = compact(written).toUpperCase(Locale.ROOT);
			return DUTCH_POSTAL_CODE.matcher(compact).matches()
					? Optional.of(compact.substring(0, 4) + " " + compact.substring(4)) : Optional.empty();
		}

		@Override
		public Optional<String> registrationNumber(String written) {
			String digits = compact(written);
			return KVK_NUMBER.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
		}

		@Override
		public String display(String registrationNumber) {
			return registrationNumber;
		}
	},

	BE {
		@Override
		public Optional<String> postalCode(String written) {
			String compact = compact(written);
			return BELGIAN_POSTAL_CODE.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
		}

		@Override
		public Optional<String> registrationNumber(String written) {
			String digits = compact(written).toUpperCase(Locale.ROOT);
			digits = digits.startsWith("BE") ? digits.substring(2) : digits;
			if (!ENTERPRISE_NUMBER.matcher(digits).matches()) {
				return Optional.empty();
			}
			long base = Long.parseLong(digits.substring(0, 8));
			int check = Integer.parseInt(digits.substring(8));
			return (97 - base % 97 == check) ? Optional.of(digits) : Optional.empty();
		}

		@Override
		public String display(String registrationNumber) {
			return (registrationNumber.length() == 10) ? registrationNumber.substring(0, 4) + "."
					+ registrationNumber.substring(4, 7) + "." + registrationNumber.substring(7) : registrationNumber;
		}
	};

	private static final Pattern DUTCH_POSTAL_CODE = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");

	private static final Pattern BELGIAN_POSTAL_CODE = Pattern.compile("[1-9][0-9]{3}");

	private static final Pattern KVK_NUMBER = Pattern.compile("[0-9]{8}");

	private static final Pattern ENTERPRISE_NUMBER = Pattern.compile("[01][0-9]{9}");

	/**
	 * The postal code as the country writes it ({@code 1234 AB}, {@code 9000}), or empty
	 * when the text is not a postal code of this country.
	 */
	public abstract Optional<String> postalCode(String written);

	/**
	 * The registration number as digits only, or empty when the text is not a
	 * registration number of this country. Spaces, dots, dashes and a {@code BE} prefix
	 * are allowed, as people copy numbers from letterheads.
	 */
	public abstract Optional<String> registrationNumber(String written);

	/**
	 * A stored registration number as people write it ({@code 0123.456.749} in Belgium).
	 */
	public abstract String display(String registrationNumber);

	private static String compact(String written) {
		return (written == null) ? "" : written.replaceAll("[\\s.\\-]", "");
	}

}
