package nl.tandem.portal.web;

import nl.tandem.audit.AuditTrail;
import nl.tandem.identity.TandemUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The participant's privacy pages: all their data to read and to download (a readable
 * page and a JSON file), and who accessed their file.
 */
@Controller
@RequestMapping("/portal")
class ParticipantDataController {

	private final OwnTrajectory own;

	private final OwnData data;

	private final AuditTrail auditTrail;

	ParticipantDataController(OwnTrajectory own, OwnData data, AuditTrail auditTrail) {
		this.own = own;
		this.data = data;
		this.auditTrail = auditTrail;
	}

	@GetMapping("/data")
	String data(@AuthenticationPrincipal TandemUser user, Model model) {
		this.own.required(user.current());
		model.addAttribute("data", this.data.of(user.current()));
		return "portal/participant/data";
	}

	@GetMapping(path = "/data.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<OwnData.Export> json(@AuthenticationPrincipal TandemUser user) {
		this.own.required(user.current());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("tandem-mijn-gegevens.json").build().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.data.of(user.current()));
	}

	@GetMapping("/access-log")
	String accessLog(@AuthenticationPrincipal TandemUser user, @RequestParam(defaultValue = "0") int page,
			Model model) {
		this.own.required(user.current());
		model.addAttribute("entries", this.auditTrail.ofOwnFile(user.current(), Math.max(0, page)));
		return "portal/participant/access-log";
	}

}
