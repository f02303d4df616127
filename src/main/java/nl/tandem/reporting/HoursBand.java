package nl.tandem.reporting;

/**
 * The bands of coaching hours per trajectory that analytics hold against the outcome:
 * fewer than 20 hours, 20 to 40, 40 to 80, and 80 or more. A trajectory of exactly 20
 * hours is in the second band.
 */
public enum HoursBand {

	UNDER_20(0, 20), FROM_20_TO_40(20, 40), FROM_40_TO_80(40, 80), FROM_80(80, Integer.MAX_VALUE);

	private final int fromHours;

	private final int toHours;

	HoursBand(int fromHours, int toHours) {
		this.fromHours = fromHours;
		this.toHours = toHours;
	}

	/**
	 * The band of a number of minutes.
	 */
	public static HoursBand of(int minutes) {
		for (HoursBand band : values()) {
			if (minutes < band.toHours * 60L) {
				return band;
			}
		}
		return FROM_80;
	}

	public int fromHours() {
		return this.fromHours;
	}

	public int toHours() {
		return this.toHours;
	}

}
