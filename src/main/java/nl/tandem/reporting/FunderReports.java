package nl.tandem.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;

import nl.tandem.coaching.Logbook;
import nl.tandem.coaching.TimeCategory;
import nl.tandem.evaluation.EvaluationView;
import nl.tandem.evaluation.Evaluations;
import nl.tandem.evaluation.FollowUps;
import nl.tandem.evaluation.RatingView;
import nl.tandem.evaluation.Ratings;
import nl.tandem.identity.CurrentUser;
import nl.tandem.organisation.Organisations;
import nl.tandem.plan.PlanPage;
import nl.tandem.plan.Plans;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.FileNames;
import nl.tandem.platform.NotFoundException;
import nl.tandem.platform.PdfRenderer;
import nl.tandem.trajectory.AssessmentContent;
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

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Funder reports: the application (coaching-plan) report, the progress report per grant
 * period (with the satisfaction ratings of that period) and the final report after the
 * evaluation meeting. Their figures come from the plan, the workplace assessment and the
 * logbook; their texts from the coach. Before a report is written its texts are checked
 * against the medical word list, and each hit must be removed or confirmed; nothing from
 * the intake or the session notes goes in. Only the coach writes reports, the team lead
 * reads them; every generated report is kept as a version (who, when, what), so
 * generating twice is safe and the funder's copy can always be found again.
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

	private final JsonMapper json;

	private final Clock clock;

	private final Evaluations evaluations;

	private final Ratings ratings;

	private final FollowUps followUps;

	FunderReports(Trajectories trajectories, Plans plans, Logbook logbook, Organisations organisations,
			MedicalTerms medicalTerms, ITemplateEngine templates, MessageSource messages, PdfRenderer pdf,
			JdbcClient jdbc, JsonMapper json, Clock clock, Evaluations evaluations, Ratings ratings,
			FollowUps followUps) {
		this.evaluations = evaluations;
		this.ratings = ratings;
		this.followUps = followUps;
		this.trajectories = trajectories;
		this.plans = plans;
		this.logbook = logbook;
		this.organisations = organisations;
		this.medicalTerms = medicalTerms;
		this.templates = templates;
		this.messages = messages;
		this.pdf = pdf;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The figures of a report: for a progress report those of its grant period, for the
	 * application report those of the whole trajectory.
	 */
	@Transactional(readOnly = true)
	public ReportFigures figures(CurrentUser user, long trajectoryId, ReportKind kind, Integer period) {
		return figures(this.trajectories.frame(user, trajectoryId), user, kind, period);
	}

	/**
	 * The texts a new report starts from: for the application report what the workplace
	 * assessment says about the job, the participant and closing the gap; otherwise
	 * empty. The coach reads and changes them before the report is written.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> startingTexts(CurrentUser user, long trajectoryId, ReportKind kind) {
		Map<String, String> texts = new LinkedHashMap<>();
		kind.fields().forEach(field -> texts.put(field, ""));
		if (kind == ReportKind.APPLICATION) {
			this.trajectories.assessment(user, trajectoryId).map(view -> view.content()).ifPresent(assessment -> {
				texts.put("jobAsks", orEmpty(assessment.jobAsks()));
				texts.put("participantBrings", orEmpty(assessment.participantBrings()));
				texts.put("closingTheGap", orEmpty(assessment.closingTheGap()));
			});
		}
		if (kind == ReportKind.FINAL) {
			EvaluationView evaluation = completedEvaluation(user, trajectoryId);
			texts.put("whatHelped", orEmpty(evaluation.whatHelped()));
			texts.put("employerContinues", orEmpty(evaluation.employerContinues()));
		}
		return texts;
	}

	/**
	 * The terms of the medical word list found in each text, by field; only fields with
	 * hits are in it.
	 */
	public Map<String, List<String>> check(Map<String, String> texts) {
		Map<String, List<String>> hits = new LinkedHashMap<>();
		texts.forEach((field, value) -> {
			List<String> found = this.medicalTerms.find(value);
			if (!found.isEmpty()) {
				hits.put(field, found);
			}
		});
		return hits;
	}

	/**
	 * Writes a report and keeps it as the next version. Refused while a text holds a
	 * medical term the coach has not confirmed, or a text is missing or too long; nothing
	 * is kept then.
	 * @param period the grant period of a progress report; ignored for other kinds
	 * @param confirmed the terms the coach confirmed may stay
	 * @return the id of the stored report
	 */
	public long write(CurrentUser user, long trajectoryId, ReportKind kind, Integer period, Map<String, String> texts,
			Collection<String> confirmed, Locale language) {
		TrajectoryFrame frame = requireCoach(user, trajectoryId);
		Map<String, String> written = new LinkedHashMap<>();
		for (String field : kind.fields()) {
			String value = texts.get(field);
			if (value == null || value.isBlank()) {
				throw new DomainRuleException("report." + field + ".required");
			}
			if (value.length() > ReportKind.MAX) {
				throw new DomainRuleException("report.text.tooLong");
			}
			written.put(field, value.strip());
		}
		Set<String> unconfirmed = new LinkedHashSet<>();
		check(written).values()
			.forEach(terms -> terms.stream().filter(t -> !confirmed.contains(t)).forEach(unconfirmed::add));
		if (!unconfirmed.isEmpty()) {
			throw new DomainRuleException("report.medical.confirm", String.join(", ", unconfirmed));
		}
		ReportFigures figures = figures(frame, user, kind, period);
		int periodNumber = (figures.period() != null) ? figures.period().number() : 0;
		int number = this.jdbc
			.sql("""
					select coalesce(max(number), 0) + 1 from funder_report
					where organisation_id = :organisation and trajectory_id = :trajectory and kind = :kind and period = :period
					""")
			.param("organisation", frame.organisationId())
			.param("trajectory", frame.id())
			.param("kind", kind.name())
			.param("period", periodNumber)
			.query(Integer.class)
			.single();
		Map<String, Object> model = new HashMap<>();
		model.put("trajectory", frame);
		model.put("kind", kind);
		model.put("figures", figures);
		model.put("texts", written);
		model.put("number", number);
		model.put("organisation", this.organisations.current(user).name());
		model.put("logo", this.pdf.logo());
		model.put("printedOn", LocalDate.now(this.clock.withZone(ZONE)));
		byte[] content = this.pdf.render(this.templates.process("reporting/document", new Context(language, model)));
		String who = FileNames.plain(frame.participantReference());
		String fileName = this.messages.getMessage("report." + kind.slug() + ".fileName", null, language) + "-"
				+ (who.isEmpty() ? String.valueOf(frame.id()) : who) + (kind.perPeriod() ? "-p" + periodNumber : "")
				+ "-v" + number + ".pdf";
		try {
			return this.jdbc
				.sql("""
						insert into funder_report (organisation_id, trajectory_id, kind, period, number, language, file_name,
						       texts, confirmed_terms, content, generated_at, by_account, by_name)
						values (:organisation, :trajectory, :kind, :period, :number, :language, :fileName,
						        cast(:texts as jsonb), :confirmed, :content, :at, :by, :byName)
						returning id
						""")
				.param("organisation", frame.organisationId())
				.param("trajectory", frame.id())
				.param("kind", kind.name())
				.param("period", periodNumber)
				.param("number", number)
				.param("language", language.getLanguage())
				.param("fileName", fileName)
				.param("texts", this.json.writeValueAsString(written))
				.param("confirmed",
						confirmed.stream().filter(term -> !term.isBlank()).distinct().toArray(String[]::new))
				.param("content", content)
				.param("at", Timestamp.from(this.clock.instant()))
				.param("by", user.accountId())
				.param("byName", user.displayName())
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			// the same report was generated at the same moment by another request: this
			// one is not kept
			throw new ConcurrentEditException("report", frame.id());
		}
	}

	/**
	 * The reports of a trajectory, newest first, without their content.
	 */
	@Transactional(readOnly = true)
	public List<StoredReport> reports(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = this.trajectories.frame(user, trajectoryId);
		return this.jdbc
			.sql("""
					select id, kind, period, number, language, texts, confirmed_terms, generated_at, by_name from funder_report
					where organisation_id = :organisation and trajectory_id = :trajectory order by generated_at desc, id desc
					""")
			.param("organisation", frame.organisationId())
			.param("trajectory", frame.id())
			.query((rs, row) -> new StoredReport(rs.getLong("id"), ReportKind.valueOf(rs.getString("kind")),
					rs.getInt("period"), rs.getInt("number"), rs.getString("language"),
					this.json.readValue(rs.getString("texts"), new TypeReference<LinkedHashMap<String, String>>() {
					}), List.of((String[]) rs.getArray("confirmed_terms").getArray()),
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

	private ReportFigures figures(TrajectoryFrame frame, CurrentUser user, ReportKind kind, Integer number) {
		List<GrantPeriod> grantPeriods = (frame.grant() != null) ? frame.grant().periods() : List.of();
		GrantPeriod period = null;
		if (kind.perPeriod()) {
			period = grantPeriods.stream()
				.filter(p -> number != null && p.number() == number)
				.findFirst()
				.orElseThrow(() -> new NotFoundException("grant period", number));
		}
		PlanPage page = this.plans.page(user, frame.id(), null);
		List<PlanPage.GoalView> goals = (page.plan() != null) ? page.plan().goals() : List.of();
		Map<UUID, Integer> minutesPerGoal = new HashMap<>();
		int total = 0;
		int withoutGoal = 0;
		List<Logbook.Entry> entries = (period != null || kind == ReportKind.FINAL) ? this.logbook.entries(frame)
				: List.of();
		if (period != null) {
			for (Logbook.Entry entry : entries) {
				if (period.contains(entry.workedOn())) {
					total += entry.minutes();
					withoutGoal += entry.goals().isEmpty() ? entry.minutes() : 0;
					entry.goals().forEach(goal -> minutesPerGoal.merge(goal, entry.minutes(), Integer::sum));
				}
			}
		}
		List<ReportFigures.GoalLine> lines = new ArrayList<>();
		for (PlanPage.GoalView goal : goals) {
			lines.add(new ReportFigures.GoalLine(goal.goal().area(), goal.goal().description(), goal.status(),
					goal.score(), Hours.format(minutesPerGoal.getOrDefault(goal.key(), 0))));
		}
		Map<Integer, Integer> planned = new HashMap<>();
		if (page.hours() != null) {
			page.hours().periods().forEach(p -> planned.put(p.number(), p.minutesPlanned()));
		}
		List<ReportFigures.Period> periods = grantPeriods.stream()
			.map(p -> new ReportFigures.Period(p.number(), p.start(), p.end(), Hours.format(p.minutesGranted()),
					Hours.format(planned.getOrDefault(p.number(), 0))))
			.toList();
		AssessmentContent assessment = (kind == ReportKind.APPLICATION)
				? this.trajectories.assessment(user, frame.id()).map(view -> view.content()).orElse(null) : null;
		ReportFigures.Period shown = (period != null) ? periods.get(grantPeriods.indexOf(period)) : null;
		List<ReportFigures.Rating> rated = (kind == ReportKind.APPLICATION) ? List.of()
				: ratings(frame, (period != null) ? period.number() : null);
		ReportFigures.Closing closing = (kind == ReportKind.FINAL)
				? closing(frame, completedEvaluation(user, frame.id()), entries, grantPeriods, rated) : null;
		return new ReportFigures(shown, (period != null) ? Hours.format(period.minutesGranted()) : null,
				(period != null) ? Hours.format(total) : null, (period != null) ? Hours.format(withoutGoal) : null,
				lines, periods, (assessment != null) ? assessment.match() : null, rated, closing);
	}

	/**
	 * The ratings of one grant period, or of the whole trajectory when {@code period} is
	 * null, in order of the moment (the end last).
	 */
	private List<ReportFigures.Rating> ratings(TrajectoryFrame frame, Integer period) {
		return this.ratings.ofTrajectory(frame.organisationId(), frame.id())
			.stream()
			.filter(r -> period == null || r.periodNumber() == period)
			.sorted(Comparator.comparingInt((RatingView r) -> r.atEnd() ? Integer.MAX_VALUE : r.periodNumber()))
			.map(r -> new ReportFigures.Rating(r.periodNumber(), r.ratedOn(), r.participantScore(), r.employerScore()))
			.toList();
	}

	private ReportFigures.Closing closing(TrajectoryFrame frame, EvaluationView evaluation, List<Logbook.Entry> entries,
			List<GrantPeriod> grantPeriods, List<ReportFigures.Rating> rated) {
		Map<TimeCategory, Integer> perCategory = new EnumMap<>(TimeCategory.class);
		for (TimeCategory category : TimeCategory.values()) {
			perCategory.put(category, 0);
		}
		int total = 0;
		for (Logbook.Entry entry : entries) {
			total += entry.minutes();
			perCategory.merge(entry.category(), entry.minutes(), Integer::sum);
		}
		Map<TimeCategory, String> hoursPerCategory = new EnumMap<>(TimeCategory.class);
		perCategory.forEach((category, minutes) -> hoursPerCategory.put(category, Hours.format(minutes)));
		List<ReportFigures.PeriodHours> perPeriod = grantPeriods.stream()
			.map(p -> new ReportFigures.PeriodHours(p.number(), p.start(), p.end(), Hours.format(p
				.minutesGranted()), Hours.format(
						entries.stream().filter(e -> p.contains(e.workedOn())).mapToInt(Logbook.Entry::minutes).sum())))
			.toList();
		List<ReportFigures.GoalResultLine> goals = evaluation.goals()
			.stream()
			.map(g -> new ReportFigures.GoalResultLine(g.description(), g.result()))
			.toList();
		List<ReportFigures.FollowUpLine> followUpLines = this.followUps.ofTrajectory(frame.organisationId(), frame.id())
			.stream()
			.map(f -> new ReportFigures.FollowUpLine(f.months(), f.dueOn(), f.checkedOn(), f.situation()))
			.toList();
		return new ReportFigures.Closing(evaluation.heldOn(), evaluation.outcome(), evaluation.hoursPerWeek(), goals,
				Hours.format(total), hoursPerCategory, perPeriod, average(rated, ReportFigures.Rating::participant),
				average(rated, ReportFigures.Rating::employer), followUpLines);
	}

	private static Double average(List<ReportFigures.Rating> rated,
			java.util.function.Function<ReportFigures.Rating, Integer> score) {
		OptionalDouble average = rated.stream()
			.map(score)
			.filter(Objects::nonNull)
			.mapToInt(Integer::intValue)
			.average();
		return average.isPresent() ? Math.round(average.getAsDouble() * 10) / 10.0 : null;
	}

	/**
	 * The completed evaluation a final report is written from; before it there is no
	 * final report (not found).
	 */
	private EvaluationView completedEvaluation(CurrentUser user, long trajectoryId) {
		EvaluationView evaluation = this.evaluations.page(user, trajectoryId).evaluation();
		if (evaluation == null || !evaluation.completed()) {
			throw new NotFoundException("final report before a completed evaluation", trajectoryId);
		}
		return evaluation;
	}

	private TrajectoryFrame requireCoach(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = this.trajectories.frame(user, trajectoryId);
		if (!frame.isCoachedBy(user)) {
			throw new AccessDeniedException("Only the trajectory's coach writes its reports");
		}
		return frame;
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

	/**
	 * A report as the list shows it.
	 */
	public record StoredReport(long id, ReportKind kind, int period, int number, String language,
			Map<String, String> texts, List<String> confirmedTerms, Instant generatedAt, String byName) {
	}

	/**
	 * A stored PDF: the name to save it under and its bytes.
	 */
	public record Document(String fileName, byte[] content) {
	}

}
