package nl.tandem.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.TandemUser;
import nl.tandem.monitoring.EarlyWarningPlanPage;
import nl.tandem.monitoring.EarlyWarningPlans;
import nl.tandem.organisation.Organisations;
import nl.tandem.platform.FileNames;
import nl.tandem.platform.NotFoundException;
import nl.tandem.platform.PdfRenderer;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The early-warning plan as a document for the participant to keep at hand: one version
 * with, per zone, the signals and what everyone does, in the house style of Tandem's
 * documents, in Dutch or English ({@code lang=nl|en}, otherwise the user's own language).
 * Its access rules are the plan's: only the assigned coach gets it, and the participant
 * the version in force from the portal; the read is logged.
 */
@Controller
class EarlyWarningDocument {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private static final List<String> LANGUAGES = List.of("nl", "en");

	private final EarlyWarningPlans plans;

	private final Organisations organisations;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final PdfRenderer pdf;

	private final Trajectories trajectories;

	private final Clock clock;

	EarlyWarningDocument(EarlyWarningPlans plans, Organisations organisations, ITemplateEngine templates,
			MessageSource messages, PdfRenderer pdf, Trajectories trajectories, Clock clock) {
		this.trajectories = trajectories;
		this.plans = plans;
		this.organisations = organisations;
		this.templates = templates;
		this.messages = messages;
		this.pdf = pdf;
		this.clock = clock;
	}

	@GetMapping("/trajectories/{id}/warning/document.pdf")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) String lang,
			Locale locale) {
		Locale language = (lang != null && LANGUAGES.contains(lang)) ? Locale.forLanguageTag(lang) : locale;
		return document(user, this.plans.page(user.current(), id, version), language);
	}

	/**
	 * The participant's own plan in force, from the portal, in their own language.
	 */
	@GetMapping("/portal/warning/document.pdf")
	ResponseEntity<byte[]> own(@AuthenticationPrincipal TandemUser user, Locale locale) {
		TrajectoryFrame frame = this.trajectories.ownFrame(user.current())
			.orElseThrow(() -> new NotFoundException("own early-warning plan", user.current().accountId()));
		return document(user, this.plans.own(user.current(), frame.id()), locale);
	}

	private ResponseEntity<byte[]> document(TandemUser user, EarlyWarningPlanPage page, Locale language) {
		if (page.plan() == null) {
			throw new NotFoundException("early-warning plan", page.trajectory().id());
		}
		byte[] content = this.pdf.render(xhtml(user.current(), page, language));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName(page, language)).build().toString())
			.body(content);
	}

	private String xhtml(CurrentUser user, EarlyWarningPlanPage page, Locale language) {
		Map<String, Object> model = new HashMap<>();
		model.put("trajectory", page.trajectory());
		model.put("plan", page.plan());
		model.put("organisation", this.organisations.current(user).name());
		model.put("logo", this.pdf.logo());
		model.put("printedOn", LocalDate.now(this.clock.withZone(ZONE)));
		return this.templates.process("monitoring/warning/document", new Context(language, model));
	}

	/**
	 * The name the document is saved under, e.g. {@code signaleringsplan-R123-v2.pdf}: by
	 * the participant's reference, or without one by the trajectory's number.
	 */
	private String fileName(EarlyWarningPlanPage page, Locale language) {
		String reference = FileNames.plain(page.trajectory().participantReference());
		String who = reference.isEmpty() ? String.valueOf(page.trajectory().id()) : reference;
		return this.messages.getMessage("warningdoc.fileName", null, language) + "-" + who + "-v" + page.plan().number()
				+ ".pdf";
	}

}
