package nl.tandem.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;

/**
 * A coach's planned sessions as an iCalendar document. A session has a day and a length
 * but no time of day, so each is an all-day event that does not block the day in the
 * coach's free/busy time; its length is in the description. Sessions already held stay in
 * the calendar, marked as held, so that the coach's calendar keeps its history.
 * <p>
 * Nothing in it names anyone or tells anything about the coaching: a session shows the
 * participant's reference number in the organisation, or the trajectory number when the
 * participant has none.
 */
final class SessionCalendar {

	private final MessageSource messages;

	private final Locale locale;

	SessionCalendar(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/**
	 * A planned session as the calendar shows it.
	 *
	 * @param reference the participant's reference number, or {@code null}
	 */
	record Entry(UUID key, long trajectoryId, LocalDate on, int minutes, boolean held, String reference) {
	}

	String write(List<Entry> entries, Instant stamp) {
		IcsWriter ics = new IcsWriter().begin("VCALENDAR")
			.text("PRODID", "-//Tandem//Coaching sessions//" + this.locale.getLanguage().toUpperCase(Locale.ROOT))
			.line("VERSION", "2.0")
			.line("CALSCALE", "GREGORIAN")
			.line("METHOD", "PUBLISH")
			.text("X-WR-CALNAME", text("calendar.feed.name"))
			.line("REFRESH-INTERVAL;VALUE=DURATION", "PT1H")
			.line("X-PUBLISHED-TTL", "PT1H");
		entries.forEach(entry -> event(ics, entry, stamp));
		return ics.end("VCALENDAR").toString();
	}

	private void event(IcsWriter ics, Entry entry, Instant stamp) {
		ics.begin("VEVENT")
			.line("UID", entry.key() + "@tandem")
			.timestamp("DTSTAMP", stamp)
			.date("DTSTART", entry.on())
			.date("DTEND", entry.on().plusDays(1))
			.text("SUMMARY", summary(entry))
			.text("DESCRIPTION", text("calendar.feed.description", entry.minutes()))
			.line("STATUS", "CONFIRMED")
			.line("TRANSP", "TRANSPARENT")
			.end("VEVENT");
	}

	private String summary(Entry entry) {
		String who = (entry.reference() != null) ? entry.reference()
				: text("calendar.feed.trajectory", String.valueOf(entry.trajectoryId()));
		return text(entry.held() ? "calendar.feed.summary.held" : "calendar.feed.summary", who);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

}
