package nl.tandem.reporting;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the coach writes in a progress report: what went well, what needs attention, and
 * the plan for the next period. No other free text goes into the report.
 */
public record ProgressReportText(String wentWell, String attention, String nextPeriod) {

	public static final int MAX = 4000;

	/**
	 * The texts by the name of their field, in the order of the report.
	 */
	public Map<String, String> byField() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("wentWell", this.wentWell);
		fields.put("attention", this.attention);
		fields.put("nextPeriod", this.nextPeriod);
		return fields;
	}

}
