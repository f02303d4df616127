package nl.tandem.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.tandem.evaluation.Outcome;
import nl.tandem.evaluation.Ratings;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.identity.TandemUser;
import nl.tandem.organisation.Organisations;
import nl.tandem.platform.Csv;
import nl.tandem.platform.HomePanel;
import nl.tandem.reporting.Analytics;
import nl.tandem.reporting.Results;
import nl.tandem.trajectory.Caseloads;
import nl.tandem.trajectory.EndReason;
import nl.tandem.trajectory.Funder;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of the organisation, the team or the coach's own caseload for a period,
 * with filters, charts that have their figures in a table beside them, and a CSV of the
 * same figures; and the way there from the home page.
 */
@Controller
class AnalyticsController {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final Analytics analytics;

	private final Organisations organisations;

	private final MessageSource messages;

	private final JsonMapper json;

	AnalyticsController(Analytics analytics, Organisations organisations, MessageSource messages, JsonMapper json) {
		this.analytics = analytics;
		this.organisations = organisations;
		this.messages = messages;
		this.json = json;
	}

	@Bean
	HomePanel analyticsPanel() {
		return HomePanel.of(6, "reporting/analytics :: panel",
				() -> CurrentUser.signedIn().filter(AnalyticsController::mayCount).map(user -> Map.of()));
	}

	static boolean mayCount(CurrentUser user) {
		return user.has(Role.ADMIN) || user.has(Role.TEAM_LEAD) || user.has(Role.COACH);
	}

	@GetMapping("/reports/analytics")
	String page(@AuthenticationPrincipal TandemUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long team, @RequestParam(required = false) Long coach,
			@RequestParam(required = false) Funder funder, Locale locale, Model model) {
		Analytics.Filter filter = filter(user.current(), from, to, team, coach, funder);
		Analytics.Figures figures = this.analytics.figures(user.current(), filter);
		model.addAttribute("figures", figures);
		model.addAttribute("reasons", EndReason.values());
		model.addAttribute("funders", Funder.values());
		model.addAttribute("teams",
				user.current().has(Role.ADMIN) ? this.organisations.teams(user.current()) : List.of());
		model.addAttribute("charts", true);
		model.addAttribute("norm", Caseloads.CASELOAD_NORM);
		model.addAttribute("endReasonChart", chart(figures, locale));
		model.addAttribute("caseloadChart", caseloadChart(figures.caseloads(), locale));
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("mayExport", ResearchExportController.mayExport(user.current()));
		model.addAttribute("ratingNorm", Ratings.NORM);
		ResultCharts charts = new ResultCharts(this.messages, this.json, locale);
		Results results = figures.results();
		model.addAttribute("outcomeChart", charts.outcomes(results));
		model.addAttribute("retentionChart", charts.retention(results));
		model.addAttribute("satisfactionChart", charts.satisfaction(results));
		model.addAttribute("capabilityChart", charts.capability(results));
		model.addAttribute("scatterChart", charts.scatter(results));
		model.addAttribute("bandChart", charts.bands(results));
		return "reporting/analytics";
	}

	@GetMapping("/reports/analytics.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal TandemUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long team, @RequestParam(required = false) Long coach,
			@RequestParam(required = false) Funder funder, Locale locale) {
		Analytics.Filter filter = filter(user.current(), from, to, team, coach, funder);
		Analytics.Figures f = this.analytics.figures(user.current(), filter);
		Map<String, Object> lines = new LinkedHashMap<>();
		lines.put("from", filter.from());
		lines.put("to", filter.to());
		lines.put("started", f.started());
		lines.put("coached", f.coached());
		lines.put("closed", f.closed());
		for (EndReason reason : EndReason.values()) {
			lines.put("closed." + reason, f.endReasons().get(reason));
		}
		lines.put("hoursPerTrajectory", Csv.decimal(f.hoursPerTrajectory(), locale));
		lines.put("hoursPerWeek", Csv.decimal(f.hoursPerWeek(), locale));
		lines.put("goalsReachedPercent", f.goalsReachedPercent());
		lines.put("referralToStartDays", f.referralToStartDays());
		f.caseloads().forEach(c -> lines.put("caseload." + c.coachName(), c.active()));
		ResultCharts.csvLines(f.results(), locale, lines);
		StringBuilder csv = new StringBuilder(
				text("analytics.csv.metric", locale) + ";" + text("analytics.csv.value", locale) + "\r\n");
		lines.forEach((key,
				value) -> csv.append(Csv.cell(key)).append(';').append((value != null) ? value : "").append("\r\n"));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(text("analytics.fileName", locale) + "-" + filter.from() + "-" + filter.to() + ".csv")
						.build()
						.toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private Analytics.Filter filter(CurrentUser user, LocalDate from, LocalDate to, Long team, Long coach,
			Funder funder) {
		if (!mayCount(user)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Analytics are for staff who coach or lead");
		}
		LocalDate today = LocalDate.now(ZONE);
		LocalDate end = (to != null) ? to : today;
		LocalDate start = (from != null) ? from : end.minusYears(1).plusDays(1);
		if (end.isBefore(start)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The period ends before it starts");
		}
		return new Analytics.Filter(start, end, user.has(Role.ADMIN) ? team : null, coach, funder);
	}

	private String chart(Analytics.Figures figures, Locale locale) {
		List<String> labels = new ArrayList<>();
		List<Integer> values = new ArrayList<>();
		for (EndReason reason : EndReason.values()) {
			labels.add(this.messages.getMessage("endReason." + reason, null, reason.name(), locale));
			values.add(figures.endReasons().get(reason));
		}
		return this.json.writeValueAsString(Map.of("labels", labels, "series",
				List.of(Map.of("label", text("analytics.closed", locale), "values", values))));
	}

	private String caseloadChart(List<Caseloads.CoachCaseload> caseloads, Locale locale) {
		return this.json.writeValueAsString(
				Map.of("labels", caseloads.stream().map(Caseloads.CoachCaseload::coachName).toList(), "series",
						List.of(Map.of("label", text("analytics.caseload.active", locale), "values",
								caseloads.stream().map(Caseloads.CoachCaseload::active).toList())),
						"norm", Caseloads.CASELOAD_NORM));
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
