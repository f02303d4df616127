package nl.tandem.reporting.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.tandem.evaluation.Outcome;
import nl.tandem.evaluation.Ratings;
import nl.tandem.platform.Csv;
import nl.tandem.reporting.Results;

import org.springframework.context.MessageSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The charts of what coaching achieved, as the JSON that {@code tandem.js} draws, and the
 * same figures as lines of the CSV. The page has every figure in a table beside its
 * chart.
 */
final class ResultCharts {

	private final MessageSource messages;

	private final JsonMapper json;

	private final Locale locale;

	ResultCharts(MessageSource messages, JsonMapper json, Locale locale) {
		this.messages = messages;
		this.json = json;
		this.locale = locale;
	}

	String outcomes(Results results) {
		return bar(Arrays.stream(Outcome.values()).map(o -> text("evaluation.outcome." + o)).toList(),
				text("analytics.count"),
				Arrays.stream(Outcome.values()).map(o -> (Object) results.outcomes().get(o)).toList(), null);
	}

	String retention(Results results) {
		return bar(List.of(text("analytics.retention.six"), text("analytics.retention.twelve")),
				text("analytics.retention.working"),
				Arrays.asList(results.sixMonths().percentWorking(), results.twelveMonths().percentWorking()), null);
	}

	String satisfaction(Results results) {
		return bar(List.of(text("analytics.satisfaction.participant"), text("analytics.satisfaction.employer")),
				text("analytics.satisfaction.average"),
				Arrays.asList(one(results.ratings().participantAverage()), one(results.ratings().employerAverage())),
				Ratings.NORM);
	}

	String capability(Results results) {
		Results.Capability c = results.capability();
		return bar(List.of(text("analytics.capability.intake"), text("analytics.capability.evaluation")),
				text("analytics.capability.size"),
				(c != null) ? List.of(one(c.atIntake()), one(c.atEvaluation())) : Arrays.asList((Object) null, null),
				null);
	}

	String bands(Results results) {
		List<String> labels = results.bands().stream().map(b -> text("analytics.band." + b.band())).toList();
		List<Map<String, Object>> series = List.of(
				Map.of("label", text("analytics.bands.workingAtEnd"), "values",
						results.bands().stream().map(b -> (Object) b.percentWorkingAtEnd()).toList()),
				Map.of("label", text("analytics.bands.workingAfterSix"), "values",
						results.bands().stream().map(b -> (Object) b.percentWorkingAfterSixMonths()).toList()));
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels", labels);
		chart.put("series", series);
		return this.json.writeValueAsString(chart);
	}

	/**
	 * Hours (x) against the change of the capability set (y), one series for those
	 * working at the end, one for the others; a trajectory without both check-ins has no
	 * point.
	 */
	String scatter(Results results) {
		List<Map<String, Object>> working = new ArrayList<>();
		List<Map<String, Object>> other = new ArrayList<>();
		for (Results.Point p : results.points()) {
			if (p.capabilityChange() != null) {
				(Boolean.TRUE.equals(p.workingAtEnd()) ? working : other)
					.add(Map.of("x", one(p.hours()), "y", p.capabilityChange()));
			}
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("x", text("analytics.scatter.hours"));
		chart.put("y", text("analytics.scatter.change"));
		chart.put("series", List.of(Map.of("label", text("analytics.scatter.working"), "points", working),
				Map.of("label", text("analytics.scatter.notWorking"), "points", other)));
		return this.json.writeValueAsString(chart);
	}

	/**
	 * The figures of the results as lines of the analytics CSV, keyed as the page's
	 * tables are.
	 */
	static void csvLines(Results r, Locale locale, Map<String, Object> lines) {
		lines.put("evaluated", r.evaluated());
		for (Outcome outcome : Outcome.values()) {
			lines.put("outcome." + outcome, r.outcomes().get(outcome));
		}
		for (var retention : List.of(r.sixMonths(), r.twelveMonths())) {
			String key = "retention." + retention.months() + "m.";
			lines.put(key + "due", retention.due());
			lines.put(key + "checked", retention.checked());
			lines.put(key + "working", retention.working());
			lines.put(key + "percentWorking", retention.percentWorking());
		}
		lines.put("satisfaction.norm", Csv.decimal(String.valueOf(Ratings.NORM), locale));
		lines.put("satisfaction.participant.average", decimal(r.ratings().participantAverage(), locale));
		lines.put("satisfaction.participant.scores", r.ratings().participantScores());
		lines.put("satisfaction.employer.average", decimal(r.ratings().employerAverage(), locale));
		lines.put("satisfaction.employer.scores", r.ratings().employerScores());
		Results.Capability c = r.capability();
		lines.put("capability.trajectories", (c != null) ? c.trajectories() : 0);
		lines.put("capability.atIntake", (c != null) ? decimal(c.atIntake(), locale) : null);
		lines.put("capability.atEvaluation", (c != null) ? decimal(c.atEvaluation(), locale) : null);
		for (Results.Band b : r.bands()) {
			String key = "hoursBand." + b.band() + ".";
			lines.put(key + "trajectories", b.trajectories());
			lines.put(key + "evaluated", b.evaluated());
			lines.put(key + "workingAtEnd", b.workingAtEnd());
			lines.put(key + "checkedAfter6m", b.checkedAfterSixMonths());
			lines.put(key + "workingAfter6m", b.workingAfterSixMonths());
			lines.put(key + "capabilityChange", decimal(b.capabilityChange(), locale));
		}
		int n = 0;
		for (Results.Point p : r.points()) {
			n++;
			lines.put("trajectory." + n + ".hours", decimal(p.hours(), locale));
			lines.put("trajectory." + n + ".outcome", (p.outcome() != null) ? p.outcome().name() : null);
			lines.put("trajectory." + n + ".workingAfter6m", p.workingAfterSixMonths());
			lines.put("trajectory." + n + ".capabilityChange", p.capabilityChange());
		}
	}

	private String bar(List<String> labels, String seriesLabel, List<?> values, Double norm) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels", labels);
		chart.put("series", List.of(Map.of("label", seriesLabel, "values", values)));
		if (norm != null) {
			chart.put("norm", norm);
		}
		return this.json.writeValueAsString(chart);
	}

	private static BigDecimal one(Double value) {
		return (value != null) ? BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP) : null;
	}

	private static String decimal(Double value, Locale locale) {
		return (value != null) ? Csv.decimal(one(value).toPlainString(), locale) : null;
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, this.locale);
	}

}
