package nl.tandem.evaluation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import nl.tandem.evaluation.Evaluations;
import nl.tandem.evaluation.Ratings;
import nl.tandem.identity.TandemUser;
import nl.tandem.platform.FormErrors;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The satisfaction ratings of participant and employer, entered and corrected by the
 * coach; they show on the trajectory page.
 */
@Controller
@RequestMapping("/trajectories/{id}/ratings")
class RatingController {

	static final Map<String, String> FIELDS = Map.of("rating.score.required", "participantScore", "rating.score.range",
			"participantScore", "rating.period.unknown", "periodNumber", "rating.period.taken", "periodNumber",
			"rating.date.invalid", "ratedOn");

	private final Evaluations evaluations;

	private final Ratings ratings;

	RatingController(Evaluations evaluations, Ratings ratings) {
		this.evaluations = evaluations;
		this.ratings = ratings;
	}

	@GetMapping("/new")
	String newRating(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@RequestParam(required = false) Integer period, Model model) {
		TrajectoryFrame frame = coachOnly(user, this.evaluations.frame(user.current(), id));
		model.addAttribute("form", RatingForm.blank(period, LocalDate.now(Evaluations.ZONE)));
		return formPage(frame, null, model);
	}

	@PostMapping
	String record(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") RatingForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, FIELDS, () -> this.ratings.record(user.current(), id, form.toRating()))) {
			return formPage(this.evaluations.frame(user.current(), id), null, model);
		}
		redirect.addFlashAttribute("saved", "rating.saved");
		return "redirect:/trajectories/" + id;
	}

	@GetMapping("/{rating}/edit")
	String edit(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable long rating,
			Model model) {
		TrajectoryFrame frame = coachOnly(user, this.evaluations.frame(user.current(), id));
		model.addAttribute("form", RatingForm.of(this.ratings.rating(user.current(), id, rating)));
		return formPage(frame, rating, model);
	}

	@PostMapping("/{rating}")
	String correct(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable long rating,
			@Valid @ModelAttribute("form") RatingForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.attempt(errors, FIELDS, () -> this.ratings.correct(user.current(), id, rating,
				FormErrors.version(form.version()), form.toRating()))) {
			return formPage(this.evaluations.frame(user.current(), id), rating, model);
		}
		redirect.addFlashAttribute("saved", "rating.corrected");
		return "redirect:/trajectories/" + id;
	}

	/**
	 * The rating forms are for the coach alone; the team lead reads the ratings on the
	 * trajectory page.
	 */
	private static TrajectoryFrame coachOnly(TandemUser user, TrajectoryFrame frame) {
		if (!Evaluations.isCoach(user.current(), frame.coachId())) {
			throw new NotFoundException("rating form", frame.id());
		}
		return frame;
	}

	private static String formPage(TrajectoryFrame frame, Long rating, Model model) {
		List<Integer> periods = new ArrayList<>();
		int count = (frame.grant() != null) ? frame.grant().periods().size() : 0;
		for (int number = 1; number <= count; number++) {
			periods.add(number);
		}
		periods.add(Ratings.END);
		model.addAttribute("trajectory", frame);
		model.addAttribute("rating", rating);
		model.addAttribute("periods", periods);
		model.addAttribute("norm", "6,5");
		return "evaluation/rating";
	}

}
