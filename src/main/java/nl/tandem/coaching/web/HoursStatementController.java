package nl.tandem.coaching.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import nl.tandem.coaching.HoursStatements;
import nl.tandem.identity.CurrentUser;
import nl.tandem.platform.Csv;
import nl.tandem.identity.Role;
import nl.tandem.identity.TandemUser;
import nl.tandem.trajectory.Funder;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The hours statement per funder and period, to invoice from: a page to choose funder and
 * period, and the statement as CSV (semicolons, UTF-8, every cell quoted and guarded
 * against formulas).
 */
@Controller
class HoursStatementController {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private static final List<String> COLUMNS = List.of("participantReference", "grantReference", "funder", "from",
			"to", "billableMinutes", "hours", "tariff", "amount", "notBillableMinutes");

	private final HoursStatements statements;

	private final MessageSource messages;

	HoursStatementController(HoursStatements statements, MessageSource messages) {
		this.statements = statements;
		this.messages = messages;
	}

	/**
	 * Whether the user draws up hours statements: team leads and administrators.
	 */
	static boolean mayDraw(CurrentUser user) {
		return user.has(Role.ADMIN) || user.has(Role.TEAM_LEAD);
	}

	@GetMapping("/reports/hours")
	String page(@AuthenticationPrincipal TandemUser user, Model model) {
		requireMayDraw(user.current());
		LocalDate lastMonth = LocalDate.now(ZONE).minusMonths(1);
		model.addAttribute("funders", Funder.values());
		model.addAttribute("from", lastMonth.withDayOfMonth(1));
		model.addAttribute("to", lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()));
		return "coaching/hours";
	}

	@GetMapping("/reports/hours.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal TandemUser user, @RequestParam Funder funder,
			@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to, Locale locale) {
		requireMayDraw(user.current());
		if (to.isBefore(from)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The period ends before it starts");
		}
		StringBuilder csv = new StringBuilder();
		csv.append(
				String.join(";", COLUMNS.stream().map(c -> Csv.cell(text("statement.column." + c, locale))).toList()))
			.append("\r\n");
		for (HoursStatements.Line line : this.statements.statement(user.current(), funder, from, to)) {
			csv.append(row(line, locale)).append("\r\n");
		}
		String name = text("statement.fileName", locale) + "-" + funder + "-" + from + "-" + to + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private String row(HoursStatements.Line line, Locale locale) {
		String funder = (line.funderName() != null) ? line.funderName()
				: this.messages.getMessage("funder." + line.funder(), null, line.funder().name(), locale);
		return String.join(";", Stream.of(line.participantReference(), line.grantReference(), funder,
				line.from().toString(), line.to().toString(), String.valueOf(line.billableMinutes()),
				Csv.decimal(line.hours().toPlainString(), locale), Csv.decimal(line.tariff().toPlainString(), locale),
				Csv.decimal(line.amount().toPlainString(), locale), String.valueOf(line.notBillableMinutes()))
			.map(Csv::cell)
			.toList());
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static void requireMayDraw(CurrentUser user) {
		if (!mayDraw(user)) {
			throw new AccessDeniedException("Hours statements are for team leads and administrators");
		}
	}

}
