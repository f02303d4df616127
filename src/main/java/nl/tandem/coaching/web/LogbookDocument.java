package nl.tandem.coaching.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.tandem.coaching.Logbook;
import nl.tandem.coaching.PeriodHours;
import nl.tandem.coaching.TimeCategory;
import nl.tandem.identity.CurrentUser;
import nl.tandem.organisation.Organisations;
import nl.tandem.plan.Plans;
import nl.tandem.plan.Schedules;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.FileNames;
import nl.tandem.platform.PdfRenderer;
import nl.tandem.trajectory.GrantPeriod;
import nl.tandem.trajectory.Hours;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The logbook of a trajectory over a period as a document for the funder or the file: the
 * time entries with their goals, the totals, and the hours against the grant. It is
 * written from the time entries and the plan's goals alone, never from session notes, so
 * nothing said in confidence can end up in it. Only the coach and the team lead may write
 * it.
 */
@Component
class LogbookDocument {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	static final int SHORT_DESCRIPTION = 160;

	private final Trajectories trajectories;

	private final Logbook logbook;

	private final Plans plans;

	private final Organisations organisations;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final PdfRenderer pdf;

	private final Clock clock;

	private final Schedules schedules;

	LogbookDocument(Trajectories trajectories, Logbook logbook, Plans plans, Schedules schedules,
			Organisations organisations, ITemplateEngine templates, MessageSource messages, PdfRenderer pdf,
			Clock clock) {
		this.schedules = schedules;
		this.trajectories = trajectories;
		this.logbook = logbook;
		this.plans = plans;
		this.organisations = organisations;
		this.templates = templates;
		this.messages = messages;
		this.pdf = pdf;
		this.clock = clock;
	}

	/**
	 * The logbook from {@code from} to {@code to}; without them, the current grant
	 * period, or without one everything.
	 */
	Pdf write(CurrentUser user, long trajectoryId, LocalDate from, LocalDate to, Locale language) {
		TrajectoryFrame frame = this.trajectories.frame(user, trajectoryId);
		List<Logbook.Entry> all = this.logbook.entries(frame);
		Range range = Range.of(frame, all, from, to, today());
		Map<UUID, String> goals = this.plans.goals(frame);
		List<Row> rows = all.stream()
			.filter(entry -> range.contains(entry.workedOn()))
			.sorted(Comparator.comparing(Logbook.Entry::workedOn).thenComparing(Logbook.Entry::id))
			.map(entry -> Row.of(entry, goals))
			.toList();
		List<PeriodHours> periods = this.logbook.hours(frame, this.schedules.schedule(user, frame))
			.stream()
			.filter(period -> !period.start().isAfter(range.to()) && !period.end().isBefore(range.from()))
			.toList();
		Map<String, Object> model = new HashMap<>();
		model.put("trajectory", frame);
		model.put("organisation", this.organisations.current(user).name());
		model.put("logo", this.pdf.logo());
		model.put("range", range);
		model.put("rows", rows);
		model.put("totals", Totals.of(rows, goals));
		model.put("periods", periods);
		model.put("printedOn", today());
		String xhtml = this.templates.process("coaching/logbook-document", new Context(language, model));
		return new Pdf(fileName(frame, range, language), this.pdf.render(xhtml));
	}

	/**
	 * E.g. {@code logboek-R123-2026-01-01-2026-06-30.pdf}: by the participant's
	 * reference, or without one by the trajectory's number.
	 */
	private String fileName(TrajectoryFrame frame, Range range, Locale language) {
		String reference = FileNames.plain(frame.participantReference());
		String who = reference.isEmpty() ? String.valueOf(frame.id()) : reference;
		return this.messages.getMessage("logbookdoc.fileName", null, language) + "-" + who + "-" + range.from() + "-"
				+ range.to() + ".pdf";
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

	/**
	 * A written document: the name to save it under and its bytes.
	 */
	record Pdf(String fileName, byte[] content) {
	}

	/**
	 * The days the document covers, both included.
	 */
	record Range(LocalDate from, LocalDate to) {

		boolean contains(LocalDate day) {
			return !day.isBefore(this.from) && !day.isAfter(this.to);
		}

		/**
		 * What is asked for, completed by the current grant period, or else by the first
		 * entry and today.
		 */
		static Range of(TrajectoryFrame frame, List<Logbook.Entry> entries, LocalDate from, LocalDate to,
				LocalDate today) {
			GrantPeriod current = (frame.grant() != null)
					? frame.grant().periods().stream().filter(period -> period.contains(today)).findFirst().orElse(null)
					: null;
			LocalDate first = entries.stream().map(Logbook.Entry::workedOn).min(LocalDate::compareTo).orElse(today);
			LocalDate start = (from != null) ? from : (current != null) ? current.start() : first;
			LocalDate end = (to != null) ? to : (current != null && from == null) ? current.end() : today;
			if (end.isBefore(start)) {
				throw new DomainRuleException("logbookdoc.range.invalid");
			}
			return new Range(start, end);
		}

	}

	/**
	 * One time entry as the document lists it.
	 */
	record Row(LocalDate on, int minutes, TimeCategory category, List<String> goals, String description,
			int billableMinutes) {

		public int notBillableMinutes() {
			return this.minutes - this.billableMinutes;
		}

		static Row of(Logbook.Entry entry, Map<UUID, String> goals) {
			return new Row(entry.workedOn(), entry.minutes(), entry.category(),
					entry.goals().stream().map(goal -> goals.getOrDefault(goal, "?")).toList(),
					shorten(entry.description()), entry.billableMinutes());
		}

		static String shorten(String text) {
			if (text == null || text.length() <= SHORT_DESCRIPTION) {
				return text;
			}
			return text.substring(0, SHORT_DESCRIPTION - 1).stripTrailing() + "…";
		}

	}

	/**
	 * The sums over the entries: per category, per goal (an entry for two goals counts
	 * for both), without a goal, and billable against not billable.
	 */
	record Totals(Map<TimeCategory, String> categories, Map<String, String> goals, String withoutGoal, String billable,
			String notBillable, String total) {

		static Totals of(List<Row> rows, Map<UUID, String> planGoals) {
			Map<TimeCategory, Integer> categories = new EnumMap<>(TimeCategory.class);
			for (TimeCategory category : TimeCategory.values()) {
				categories.put(category, 0);
			}
			Map<String, Integer> goals = new LinkedHashMap<>();
			planGoals.values().forEach(goal -> goals.put(goal, 0));
			int withoutGoal = 0;
			int billable = 0;
			int total = 0;
			for (Row row : rows) {
				categories.merge(row.category(), row.minutes(), Integer::sum);
				row.goals().forEach(goal -> goals.merge(goal, row.minutes(), Integer::sum));
				withoutGoal += row.goals().isEmpty() ? row.minutes() : 0;
				billable += row.billableMinutes();
				total += row.minutes();
			}
			return new Totals(hours(categories), hours(goals), Hours.format(withoutGoal), Hours.format(billable),
					Hours.format(total - billable), Hours.format(total));
		}

		private static <K> Map<K, String> hours(Map<K, Integer> minutes) {
			Map<K, String> hours = new LinkedHashMap<>();
			minutes.forEach((key, value) -> hours.put(key, Hours.format(value)));
			return hours;
		}

	}

}
