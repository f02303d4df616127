package nl.tandem.reporting.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.Size;

import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.TandemUser;
import nl.tandem.platform.FormErrors;
import nl.tandem.reporting.FunderReports;
import nl.tandem.reporting.ProgressReportText;
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
 * The funder reports of a trajectory: the list of reports generated, the progress report
 * of a grant period with its medical-content check, and the stored PDFs; and a block on
 * the trajectory page that leads there.
 */
@Controller
@RequestMapping("/trajectories/{id}/reports")
class FunderReportController implements TrajectorySection {

	private static final Map<String, String> FIELDS = Map.of("report.wentWell.required", "wentWell",
			"report.attention.required", "attention", "report.nextPeriod.required", "nextPeriod",
			"report.medical.confirm", "confirmed");

	private final FunderReports reports;

	private final Trajectories trajectories;

	FunderReportController(FunderReports reports, Trajectories trajectories) {
		this.reports = reports;
		this.trajectories = trajectories;
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
		if (!trajectory.mayWork() || trajectory.grant() == null || trajectory.phase() == Phase.REFERRED
				|| trajectory.phase() == Phase.INTAKE || trajectory.phase() == Phase.PLANNING) {
			return Optional.empty();
		}
		return Optional.of(Map.of("trajectory", trajectory));
	}

	/**
	 * What the coach writes in a progress report, and the medical terms confirmed.
	 */
	record ProgressForm(@Size(max = ProgressReportText.MAX, message = "{report.text.tooLong}") String wentWell,
			@Size(max = ProgressReportText.MAX, message = "{report.text.tooLong}") String attention,
			@Size(max = ProgressReportText.MAX, message = "{report.text.tooLong}") String nextPeriod,
			Set<String> confirmed) {

		ProgressReportText text() {
			return new ProgressReportText(this.wentWell, this.attention, this.nextPeriod);
		}

		public Set<String> confirmedTerms() {
			return (this.confirmed != null) ? this.confirmed : Set.of();
		}

	}

	@GetMapping
	String list(@AuthenticationPrincipal TandemUser user, @PathVariable long id, Model model) {
		TrajectoryFrame frame = this.trajectories.frame(user.current(), id);
		model.addAttribute("trajectory", frame);
		model.addAttribute("reports", this.reports.reports(user.current(), id));
		model.addAttribute("periods", (frame.grant() != null) ? frame.grant().periods() : List.of());
		model.addAttribute("mayWrite", frame.coachId() != null && frame.coachId().equals(user.current().personId()));
		return "reporting/reports";
	}

	@GetMapping("/progress/{period}")
	String progressForm(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int period,
			Model model) {
		model.addAttribute("form", new ProgressForm("", "", "", Set.of()));
		return progressPage(user.current(), id, period, Map.of(), model);
	}

	@PostMapping("/progress/{period}")
	String writeProgress(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int period,
			@jakarta.validation.Valid @ModelAttribute("form") ProgressForm form, BindingResult errors, Locale locale,
			Model model, RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, FIELDS, () -> this.reports.writeProgress(user.current(), id, period,
				form.text(), form.confirmedTerms(), locale))) {
			return progressPage(user.current(), id, period, this.reports.check(form.text()), model);
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

	private String progressPage(CurrentUser user, long id, int period, Map<String, List<String>> hits, Model model) {
		model.addAttribute("trajectory", this.trajectories.frame(user, id));
		model.addAttribute("figures", this.reports.figures(user, id, period));
		model.addAttribute("hits", hits);
		return "reporting/progress";
	}

}
