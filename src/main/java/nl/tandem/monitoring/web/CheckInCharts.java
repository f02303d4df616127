package nl.tandem.monitoring.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import nl.tandem.monitoring.AllianceCheckInView;
import nl.tandem.monitoring.BalanceCheckInView;
import nl.tandem.monitoring.BalanceItem;
import nl.tandem.monitoring.WorkValueAnswer;
import nl.tandem.monitoring.WorkValueCheckInView;
import nl.tandem.participant.WorkValue;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of the check-ins as chart data for {@code tandem.js}: labels and series as
 * JSON, named in the user's language. Every chart also has its figures in a table on the
 * page.
 */
@Component
class CheckInCharts {

	private final JsonMapper json;

	private final MessageSource messages;

	CheckInCharts(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	/**
	 * A radar of one check-in: importance, enabled and realised on the seven values.
	 */
	String radar(WorkValueCheckInView checkIn) {
		List<Map<String, Object>> series = new ArrayList<>();
		series.addAll(dimensions(checkIn, "", false));
		return chart(valueLabels(), series);
	}

	/**
	 * A radar of two check-ins in one chart: the earlier one dashed.
	 */
	String compare(WorkValueCheckInView earlier, WorkValueCheckInView later) {
		List<Map<String, Object>> series = new ArrayList<>();
		series.addAll(dimensions(later, " " + date(later.takenOn()), false));
		series.addAll(dimensions(earlier, " " + date(earlier.takenOn()), true));
		return chart(valueLabels(), series);
	}

	/**
	 * The balance and load scores over time, oldest first: a line per question.
	 */
	String balance(List<BalanceCheckInView> oldestFirst) {
		List<Map<String, Object>> series = new ArrayList<>();
		for (BalanceItem item : BalanceItem.values()) {
			series.add(series(message("checkins.balance." + item + ".short"),
					oldestFirst.stream().map(c -> (Number) c.scores().get(item)).toList(), false, item.ordinal()));
		}
		return chart(oldestFirst.stream().map(c -> date(c.takenOn())).toList(), series);
	}

	/**
	 * The working-alliance score over time, oldest first.
	 */
	String alliance(List<AllianceCheckInView> oldestFirst) {
		return chart(oldestFirst.stream().map(c -> date(c.takenOn())).toList(),
				List.of(series(message("checkins.alliance.score"),
						oldestFirst.stream().map(c -> (Number) c.score()).toList(), false, 0)));
	}

	private List<Map<String, Object>> dimensions(WorkValueCheckInView checkIn, String suffix, boolean dashed) {
		return List.of(
				dimension(checkIn, "checkins.workValues.importance.short", WorkValueAnswer::importance, suffix, dashed,
						0),
				dimension(checkIn, "checkins.workValues.enabled.short", WorkValueAnswer::enabled, suffix, dashed, 1),
				dimension(checkIn, "checkins.workValues.realised.short", WorkValueAnswer::realised, suffix, dashed, 2));
	}

	private Map<String, Object> dimension(WorkValueCheckInView checkIn, String key,
			ToIntFunction<WorkValueAnswer> score, String suffix, boolean dashed, int colour) {
		List<Number> values = new ArrayList<>();
		for (WorkValue value : WorkValue.values()) {
			values.add(score.applyAsInt(checkIn.answer(value)));
		}
		return series(message(key) + suffix, values, dashed, colour);
	}

	private List<String> valueLabels() {
		List<String> labels = new ArrayList<>();
		for (WorkValue value : WorkValue.values()) {
			labels.add(message("checkins.value." + value + ".short"));
		}
		return labels;
	}

	private static Map<String, Object> series(String label, List<Number> values, boolean dashed, int colour) {
		Map<String, Object> series = new HashMap<>();
		series.put("label", label);
		series.put("values", values);
		series.put("dashed", dashed);
		series.put("colour", colour);
		return series;
	}

	private String chart(List<String> labels, List<Map<String, Object>> series) {
		return this.json.writeValueAsString(Map.of("labels", labels, "series", series));
	}

	private String date(LocalDate day) {
		return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", LocaleContextHolder.getLocale()).format(day);
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
