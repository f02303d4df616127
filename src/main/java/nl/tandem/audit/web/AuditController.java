package nl.tandem.audit.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;

import nl.tandem.audit.AccessLogEntry;
import nl.tandem.audit.AccessLogFilter;
import nl.tandem.audit.AuditTrail;
import nl.tandem.identity.TandemUser;
import nl.tandem.platform.Csv;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The privacy officer's view of the access log: who read or changed which participant's
 * sensitive data, when, in which role and from where; filtered, paged and exported as
 * CSV.
 */
@Controller
class AuditController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/privacy/audit")
	String show(@AuthenticationPrincipal TandemUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String participant, @RequestParam(required = false) Long account,
			@RequestParam(required = false) String subject, @RequestParam(defaultValue = "0") int page, Model model) {
		AccessLogFilter filter = new AccessLogFilter(from, to, participant, account, subject);
		model.addAttribute("entries", this.trail.search(user.current(), filter, page));
		model.addAttribute("filter", filter);
		model.addAttribute("accounts", this.trail.accounts(user.current()));
		model.addAttribute("subjects", this.trail.subjects(user.current()));
		return "privacy/audit";
	}

	@GetMapping("/privacy/audit.csv")
	void export(@AuthenticationPrincipal TandemUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String participant, @RequestParam(required = false) Long account,
			@RequestParam(required = false) String subject, HttpServletResponse response) throws IOException {
		AccessLogFilter filter = new AccessLogFilter(from, to, participant, account, subject);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename("access-log.csv").build().toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Writer out = response.getWriter();
		out.write("time;account_id;account;roles;participant_id;participant;action;what;address\r\n");
		this.trail.export(user.current(), filter, batch -> batch.forEach(entry -> write(out, entry)));
		out.flush();
	}

	private static void write(Writer out, AccessLogEntry entry) {
		try {
			out.write(String.join(";", TIME.format(entry.at().atZone(java.time.ZoneId.of("Europe/Amsterdam"))),
					String.valueOf(entry.accountId()), Csv.cell(entry.accountName()), Csv.cell(entry.roles()),
					String.valueOf(entry.participantId()), Csv.cell(entry.participantName()), entry.action(),
					Csv.cell(entry.subject()), Csv.cell(entry.address())));
			out.write("\r\n");
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
