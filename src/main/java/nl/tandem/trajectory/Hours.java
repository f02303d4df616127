package nl.tandem.trajectory;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Hours are kept as minutes; people read and write them as hours with at most two
 * decimals.
 */
public final class Hours {

	private Hours() {
	}

	public static String format(int minutes) {
		BigDecimal hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
		return hours.stripTrailingZeros().toPlainString();
	}

	/**
	 * @return the minutes of the given number of hours, rounded to the minute
	 */
	public static int minutes(BigDecimal hours) {
		return hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
	}

}
