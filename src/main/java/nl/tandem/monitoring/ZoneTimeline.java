package nl.tandem.monitoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The zones over time as one band: a span per stretch of days in the same zone, from the
 * day it was recorded until the next record (the last span until today), so that a page
 * can draw each span as wide as it lasted, in its zone's colour and named in words.
 */
public record ZoneTimeline(List<Span> spans, int days) {

	/**
	 * A stretch of days in one zone, both days included.
	 */
	public record Span(Zone zone, LocalDate from, LocalDate to, int days) {

		/**
		 * The span's share of the whole band, in percent with one decimal.
		 */
		public String percentOf(int total) {
			return String.format(java.util.Locale.ROOT, "%.1f", (total == 0) ? 0 : 100.0 * this.days / total);
		}

	}

	/**
	 * The timeline of records ordered oldest first, until today.
	 */
	static ZoneTimeline of(List<ZoneRecordView> oldestFirst, LocalDate today) {
		List<Span> spans = new ArrayList<>();
		for (int i = 0; i < oldestFirst.size(); i++) {
			ZoneRecordView record = oldestFirst.get(i);
			LocalDate next = (i + 1 < oldestFirst.size()) ? oldestFirst.get(i + 1).on() : today.plusDays(1);
			LocalDate to = next.minusDays(1).isBefore(record.on()) ? record.on() : next.minusDays(1);
			Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
			if (last != null && last.zone() == record.zone()) {
				spans.set(spans.size() - 1, span(record.zone(), last.from(), to));
			}
			else {
				spans.add(span(record.zone(), record.on(), to));
			}
		}
		return new ZoneTimeline(List.copyOf(spans), spans.stream().mapToInt(Span::days).sum());
	}

	private static Span span(Zone zone, LocalDate from, LocalDate to) {
		return new Span(zone, from, to, (int) ChronoUnit.DAYS.between(from, to) + 1);
	}

	public boolean isEmpty() {
		return this.spans.isEmpty();
	}

}
