package nl.tandem.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.tandem.coaching.Logbook;
import nl.tandem.identity.CurrentUser;
import nl.tandem.organisation.Organisations;
import nl.tandem.plan.PlanPage;
import nl.tandem.plan.Plans;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.FileNames;
import nl.tandem.platform.NotFoundException;
import nl.tandem.platform.PdfRenderer;
import nl.tandem.trajectory.GrantPeriod;
import nl.tandem.trajectory.Hours;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Funder reports, starting with the progress report per grant period: the hours per goal
 * from the logbook, the goals' status from the plan, and what the coach writes (what went
 * well, what needs attention, the plan for the next period), with signature fields.
 * Before a report is written its text is checked against the medical word list; each hit
 * must be removed or confirmed. Only the coach writes reports, the team lead reads them;
 * every generated report is kept as a version (who, when, what), so generating twice is
 * safe and the funder's copy can always be found again.
 */
@Service
@Transactional
public class FunderReports {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final Trajectories trajectories;

	private final Plans plans;

	private final Logbook logbook;

	private final Organisations organisations;

	private final MedicalTerms medicalTerms;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final PdfRenderer pdf;

	private final JdbcClient jdbc;

	private final Clock clock;

	FunderReports(Trajectories trajectories, Plans plans, Logbook logbook, Organisations organisations,
			MedicalTerms medicalTerms, ITemplateEngine templates, MessageSource messages, PdfRenderer pdf,
			JdbcClient jdbc, Clock clock) {
		this.trajectories = trajectories;
		this.plans = plans;
		this.logbook = logbook;
		this.organisations = organisations;
		this.medicalTerms = medicalTerms;
		this.templates = templates;
		this.messages = messages;
		this.pdf = pdf;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The figures of a progress report for one grant period: the period, the hours per
	 * goal and in all, and each goal's status and score as the plan has them now.
	 */
	@Transactional(readOnly = true)
	public ProgressFigures figures(CurrentUser user, long trajectoryId, int period) {
		return figures(this.trajectories.frame(user, trajectoryId), user, period);
	}

	/**
	 * The terms of the medical word list found in each field of the text, by field; only
	 * fields with hits are in it.
	 */
	public Map<String, List<String>> check(ProgressReportText text) {
		Map<String, List<String>> hits = new LinkedHashMap<>();
		text.byField().forEach((field, value) -> {
			List<String> found = this.medicalTerms.find(value);
			if (!found.isEmpty()) {
				hits.put(field, found);
			}
		});
		return hits;
	}

	/**
	 * Writes the progress report of a grant period and keeps it as the next version.
	 * Refused while the text holds a medical term the coach has not confirmed, or a text
	 * is missing or too long; nothing is kept then.
	 * @param confirmed the terms the coach confirmed may stay
	 * @return the id of the stored report
	 */
	public long writeProgress(CurrentUser user, long trajectoryId, int period, ProgressReportText text,
			Collection<String> confirmed, Locale language) {
		TrajectoryFrame frame = requireCoach(user, trajectoryId);
		text.byField().forEach((field, value) -> {
			if (value == null || value.isBlank()) {
				throw new DomainRuleException("report." + field + ".required");
			}
			if (value.length() > ProgressReportText.MAX) {
				throw new DomainRuleException("report.text.tooLong");
			}
		});
		Set<String> unconfirmed = check(text).values()
			.stream()
			.flatMap(List::stream)
			.filter(term -> !confirmed.contains(term))
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
		if (!unconfirmed.isEmpty()) {
			throw new DomainRuleException("report.medical.confirm", String.join(", ", unconfirmed));
		}
		ProgressFigures figures = figures(frame, user, period);
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		int number = this.jdbc
			.sql("""
					select coalesce(max(number), 0) + 1 from funder_report
					where organisation_id = :organisation and trajectory_id = :trajectory and kind = 'PROGRESS' and period = :period
					""")
			.param("organisation", frame.organisationId())
			.param("trajectory", frame.id())
			.param("period", period)
			.query(Integer.class)
			.single();
		Map<String, Object> model = new HashMap<>();
		model.put("trajectory", frame);
		model.put("figures", figures);
		model.put("text", text);
		model.put("number", number);
		model.put("organisation", this.organisations.current(user).name());
		model.put("logo", this.pdf.logo());
		model.put("printedOn", today);
		byte[] content = this.pdf
			.render(this.templates.process("reporting/progress-document", new Context(language, model)));
		String who = FileNames.plain(frame.participantReference());
		String fileName = this.messages.getMessage("report.progress.fileName", null, language) + "-"
				+ (who.isEmpty() ? String.valueOf(frame.id()) : who) + "-p" + period + "-v" + number + ".pdf";
		try {
			return insert(frame, user, period, number, language, fileName, text, confirmed, content);
		}
		catch (DuplicateKeyException ex) {
			// someone generated the same report at the same moment: this one is not kept
			throw new ConcurrentEditException("report", frame.id());
		}
	}

	private long insert(TrajectoryFrame frame, CurrentUser user, int period, int number, Locale language,
			String fileName, ProgressReportText text, Collection<String> confirmed, byte[] content) {
		return this.jdbc.sql("""
				insert into funder_report (organisation_id, trajectory_id, kind, period, number, language, file_name,
				       went_well, attention, next_period, confirmed_terms, content, generated_at, by_account, by_name)
				values (:organisation, :trajectory, 'PROGRESS', :period, :number, :language, :fileName,
				        :wentWell, :attention, :nextPeriod, :confirmed, :content, :at, :by, :byName)
				returning id
				""")
			.param("organisation", frame.organisationId())
			.param("trajectory", frame.id())
			.param("period", period)
			.param("number", number)
			.param("language", language.getLanguage())
			.param("fileName", fileName)
			.param("wentWell", text.wentWell().strip())
			.param("attention", text.attention().strip())
			.param("nextPeriod", text.nextPeriod().strip())
			.param("confirmed", confirmed.stream().filter(term -> !term.isBlank()).toArray(String[]::new))
			.param("content", content)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", user.accountId())
			.param("byName", user.displayName())
			.query(Long.class)
			.single();
	}

	/**
	 * The reports of a trajectory, newest first, without their content.
	 */
	@Transactional(readOnly = true)
	public List<StoredReport> reports(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = this.trajectories.frame(user, trajectoryId);
		return this.jdbc
			.sql("""
					select id, kind, period, number, language, confirmed_terms, generated_at, by_name from funder_report
					where organisation_id = :organisation and trajectory_id = :trajectory order by generated_at desc, id desc
					""")
			.param("organisation", frame.organisationId())
			.param("trajectory", frame.id())
			.query((rs, row) -> new StoredReport(rs.getLong("id"), rs.getString("kind"), rs.getInt("period"),
					rs.getInt("number"), rs.getString("language"),
					List.of((String[]) rs.getArray("confirmed_terms").getArray()),
					rs.getTimestamp("generated_at").toInstant(), rs.getString("by_name")))
			.list();
	}

	/**
	 * A stored report's PDF, as it was generated.
	 */
	@Transactional(readOnly = true)
	public Document document(CurrentUser user, long trajectoryId, long reportId) {
		TrajectoryFrame frame = this.trajectories.frame(user, trajectoryId);
		return this.jdbc.sql("""
				select file_name, content from funder_report
				where organisation_id = :organisation and trajectory_id = :trajectory and id = :id
				""")
			.param("organisation", frame.organisationId())
			.param("trajectory", frame.id())
			.param("id", reportId)
			.query((rs, row) -> new Document(rs.getString("file_name"), rs.getBytes("content")))
			.optional()
			.orElseThrow(() -> new NotFoundException("report", reportId));
	}

	private ProgressFigures figures(TrajectoryFrame frame, CurrentUser user, int number) {
		GrantPeriod period = (frame.grant() != null)
				? frame.grant().periods().stream().filter(p -> p.number() == number).findFirst().orElse(null) : null;
		if (period == null) {
			throw new NotFoundException("grant period", number);
		}
		PlanPage page = this.plans.page(user, frame.id(), null);
		List<PlanPage.GoalView> goals = (page.plan() != null) ? page.plan().goals() : List.of();
		Map<UUID, Integer> minutesPerGoal = new HashMap<>();
		int total = 0;
		int withoutGoal = 0;
		for (Logbook.Entry entry : this.logbook.entries(frame)) {
			if (!period.contains(entry.workedOn())) {
				continue;
			}
			total += entry.minutes();
			if (entry.goals().isEmpty()) {
				withoutGoal += entry.minutes();
			}
			entry.goals().forEach(goal -> minutesPerGoal.merge(goal, entry.minutes(), Integer::sum));
		}
		List<ProgressFigures.GoalLine> lines = new ArrayList<>();
		for (PlanPage.GoalView goal : goals) {
			lines.add(new ProgressFigures.GoalLine(goal.goal().description(), goal.status(), goal.score(),
					Hours.format(minutesPerGoal.getOrDefault(goal.key(), 0))));
		}
		return new ProgressFigures(period.number(), period.start(), period.end(), Hours.format(period.minutesGranted()),
				Hours.format(total), Hours.format(withoutGoal), lines);
	}

	private TrajectoryFrame requireCoach(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = this.trajectories.frame(user, trajectoryId);
		if (frame.coachId() == null || !frame.coachId().equals(user.personId())) {
			throw new AccessDeniedException("Only the trajectory's coach writes its reports");
		}
		return frame;
	}

	/**
	 * A report as the list shows it.
	 */
	public record StoredReport(long id, String kind, int period, int number, String language,
			List<String> confirmedTerms, Instant generatedAt, String byName) {
	}

	/**
	 * A stored PDF: the name to save it under and its bytes.
	 */
	public record Document(String fileName, byte[] content) {
	}

}
