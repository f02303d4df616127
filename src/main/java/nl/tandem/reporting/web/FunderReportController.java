package nl.tandem.reporting.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.tandem.evaluation.Evaluations;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.TandemUser;
import nl.tandem.platform.FormErrors;
import nl.tandem.platform.NotFoundException;
import nl.tandem.reporting.FunderReports;
import nl.tandem.reporting.ReportKind;
import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryDetails;
import nl.tandem.trajectory.TrajectoryFrame;
import nl.tandem.trajectory.TrajectorySection;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The funder reports of a trajectory: the list of reports generated, the form of a report
 * with its medical-content check, and the stored PDFs; and a block on the trajectory page
 * that leads there.
 */
@Controller
@RequestMapping("/trajectories/{id}/reports")
class FunderReportController implements TrajectorySection {

	private final FunderReports reports;

	private final Trajectories trajectories;

	private final Evaluations evaluations;

	FunderReportController(FunderReports reports, Trajectories trajectories, Evaluations evaluations) {
		this.reports = reports;
		this.trajectories = trajectories;
		this.evaluations = evaluations;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public String fragment() {
		return "reporting/section :: reports";
	}

	@Override
	public Optional<Map<String, Object>> model(CurrentUser user, TrajectoryDetails trajectory) {
		if (!trajectory.mayWork() || trajectory.phase() == Phase.REFERRED || trajectory.phase() == Phase.INTAKE) {
			return Optional.empty();
		}
		return Optional.of(Map.of("trajectory", trajectory, "finalReady",
				finalReady(user.organisationId(), trajectory.id(), trajectory.phase())));
	}

	/**
	 * Whether the final report can be written: after a completed evaluation, which only a
	 * trajectory phasing out, in evaluation or closed can have (so other trajectories
	 * cost no query).
	 */
	private boolean finalReady(long organisationId, long trajectoryId, Phase phase) {
		return (phase == Phase.PHASING_OUT || phase == Phase.EVALUATION || phase == Phase.CLOSED)
				&& this.evaluations.hasCompletedEvaluation(organisationId, trajectoryId);
	}

	/**
	 * The texts of a report by field, and the medical terms the coach confirmed.
	 */
	public static class ReportForm {

		private Map<String, String> texts = new LinkedHashMap<>();

		private Set<String> confirmed = new HashSet<>();

		public Map<String, String> getTexts() {
			return this.texts;
		}

		public void setTexts(Map<String, String> texts) {
			this.texts = texts;
		}

		public Set<String> getConfirmed() {
			return this.confirmed;
		}

		public void setConfirmed(Set<String> confirmed) {
			this.confirmed = (confirmed != null) ? confirmed : new HashSet<>();
		}

	}

	@GetMapping
	String list(@AuthenticationPrincipal TandemUser user, @PathVariable long id, Model model) {
		TrajectoryFrame frame = this.trajectories.frame(user.current(), id);
		model.addAttribute("trajectory", frame);
		model.addAttribute("reports", this.reports.reports(user.current(), id));
		model.addAttribute("periods", (frame.grant() != null) ? frame.grant().periods() : List.of());
		model.addAttribute("mayWrite", frame.isCoachedBy(user.current()));
		model.addAttribute("finalReady", finalReady(frame.organisationId(), frame.id(), frame.phase()));
		return "reporting/reports";
	}

	@GetMapping({ "/{kind:application}", "/{kind:final}", "/{kind:progress}/{period}" })
	String form(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable String kind,
			@PathVariable(required = false) Integer period, Model model) {
		ReportKind report = kind(kind);
		ReportForm form = new ReportForm();
		form.setTexts(new LinkedHashMap<>(this.reports.startingTexts(user.current(), id, report)));
		model.addAttribute("form", form);
		return formPage(user.current(), id, report, period, Map.of(), model);
	}

	@PostMapping({ "/{kind:application}", "/{kind:final}", "/{kind:progress}/{period}" })
	String write(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable String kind,
			@PathVariable(required = false) Integer period, @ModelAttribute("form") ReportForm form,
			BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
		ReportKind report = kind(kind);
		Map<String, String> fields = new HashMap<>();
		report.fields().forEach(field -> fields.put("report." + field + ".required", "texts[" + field + "]"));
		fields.put("report.medical.confirm", "confirmed");
		if (!FormErrors.attempt(errors, fields, () -> this.reports.write(user.current(), id, report, period,
				form.getTexts(), form.getConfirmed(), locale))) {
			return formPage(user.current(), id, report, period, this.reports.check(form.getTexts()), model);
		}
		redirect.addFlashAttribute("saved", "report.saved");
		return "redirect:/trajectories/" + id + "/reports";
	}

	@GetMapping("/{report}.pdf")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@PathVariable long report) {
		FunderReports.Document document = this.reports.document(user.current(), id, report);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.fileName()).build().toString())
			.body(document.content());
	}

	private String formPage(CurrentUser user, long id, ReportKind kind, Integer period, Map<String, List<String>> hits,
			Model model) {
		model.addAttribute("trajectory", this.trajectories.frame(user, id));
		model.addAttribute("kind", kind);
		model.addAttribute("figures", this.reports.figures(user, id, kind, period));
		model.addAttribute("hits", hits);
		return "reporting/report-form";
	}

	private static ReportKind kind(String slug) {
		for (ReportKind kind : ReportKind.values()) {
			if (kind.slug().equals(slug)) {
				return kind;
			}
		}
		throw new NotFoundException("report kind", slug);
	}

}
