package nl.tandem.plan.web;

import java.util.List;
import java.util.Locale;

import nl.tandem.identity.TandemUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coaching plan as a PDF to print, sign and keep. The document speaks the language
 * asked for ({@code lang=nl} or {@code lang=en}, for a participant or employer who reads
 * English), or otherwise the user's own.
 */
@Controller
class PlanDocumentController {

	private static final List<String> LANGUAGES = List.of("nl", "en");

	private final PlanDocument document;

	PlanDocumentController(PlanDocument document) {
		this.document = document;
	}

	@GetMapping("/trajectories/{id}/plan/document.pdf")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) String lang,
			Locale locale) {
		PlanDocument.Pdf pdf = this.document.write(user.current(), id, version, language(lang, locale));
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
