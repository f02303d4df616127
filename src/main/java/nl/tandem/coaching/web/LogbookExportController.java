package nl.tandem.coaching.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import nl.tandem.identity.TandemUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The logbook of a trajectory over a period as a PDF, in the language asked for
 * ({@code lang=nl} or {@code lang=en}) or otherwise the user's own.
 */
@Controller
class LogbookExportController {

	private static final List<String> LANGUAGES = List.of("nl", "en");

	private final LogbookDocument document;

	LogbookExportController(LogbookDocument document) {
		this.document = document;
	}

	@GetMapping("/trajectories/{id}/logbook.pdf")
	ResponseEntity<byte[]> logbook(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(required = false) String lang, Locale locale) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The period ends before it starts");
		}
		LogbookDocument.Pdf pdf = this.document.write(user.current(), id, from, to, language(lang, locale));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
			.body(pdf.content());
	}

	private static Locale language(String lang, Locale current) {
		return (lang != null && LANGUAGES.contains(lang)) ? Locale.forLanguageTag(lang) : current;
	}

}
