package nl.tandem.reporting.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import nl.tandem.audit.AccessLog;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.identity.TandemUser;
import nl.tandem.organisation.Organisations;
import nl.tandem.reporting.ResearchExports;
import nl.tandem.trajectory.Funder;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The anonymised research export for administrators and team leads: a page that explains
 * what is in it and prepares an export, the export's page with its progress (polled by
 * htmx while the file streams), and the CSV itself, streamed.
 */
@Controller
@RequestMapping("/reports/research-export")
class ResearchExportController {

	private final ResearchExports exports;

	private final Organisations organisations;

	private final MessageSource messages;

	ResearchExportController(ResearchExports exports, Organisations organisations, MessageSource messages) {
		this.exports = exports;
		this.organisations = organisations;
		this.messages = messages;
	}

	static boolean mayExport(CurrentUser user) {
		return ResearchExports.mayExport(user);
	}

	@GetMapping
	String page(@AuthenticationPrincipal TandemUser user, Model model) {
		require(user.current());
		model.addAttribute("teams",
				user.current().has(Role.ADMIN) ? this.organisations.teams(user.current()) : List.of());
		model.addAttribute("funders", Funder.values());
		model.addAttribute("k", ResearchExports.K);
		return "reporting/research-export";
	}

	@PostMapping
	String prepare(@AuthenticationPrincipal TandemUser user, @RequestParam(required = false) Long team,
			@RequestParam(required = false) Funder funder) {
		long id = this.exports.prepare(user.current(), team, funder, AccessLog.requestAddress());
		return "redirect:/reports/research-export/" + id;
	}

	@GetMapping("/{export}")
	String export(@AuthenticationPrincipal TandemUser user, @PathVariable long export, Model model) {
		model.addAttribute("progress", this.exports.progress(user.current(), export));
		model.addAttribute("k", ResearchExports.K);
		return "reporting/research-export-status";
	}

	@GetMapping("/{export}/progress")
	String progress(@AuthenticationPrincipal TandemUser user, @PathVariable long export, Model model) {
		model.addAttribute("progress", this.exports.progress(user.current(), export));
		return "reporting/research-export-status :: progress";
	}

	@GetMapping("/{export}.csv")
	ResponseEntity<StreamingResponseBody> download(@AuthenticationPrincipal TandemUser user, @PathVariable long export,
			Locale locale) {
		CurrentUser current = user.current();
		ResearchExports.Progress progress = this.exports.progress(current, export);
		StreamingResponseBody body = out -> this.exports.write(current, export, out);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(this.messages.getMessage("research.fileName", null, locale) + "-" + progress.id() + ".csv")
				.build()
				.toString())
			.body(body);
	}

	private static void require(CurrentUser user) {
		if (!mayExport(user)) {
			throw new AccessDeniedException("Research exports are for administrators and team leads");
		}
	}

}
