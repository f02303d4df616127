package nl.tandem.portal.web;

import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import nl.tandem.evaluation.Evaluations;
import nl.tandem.evaluation.Rater;
import nl.tandem.evaluation.Ratings;
import nl.tandem.identity.TandemUser;
import nl.tandem.plan.SharedPlans;
import nl.tandem.platform.FormErrors;
import nl.tandem.portal.EmployerPortal;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.context.i18n.LocaleContextHolder;
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
 * The employer contact's own pages: the employees being coached at the employer, each
 * with what the participant shares, the agreements to tick off, the proposed plan to
 * agree to and the satisfaction rating when due; and the information on schemes. An
 * employee of another employer, or a trajectory that is not an employee's at all, is "not
 * found"; staff never get here (the portal is for portal roles only).
 */
@Controller
@RequestMapping("/portal/employer")
class EmployerPortalController {

	static final Map<String, String> RATING_FIELDS = Map.of("rating.employer.score.required", "score",
			"rating.score.range", "score", "rating.remark.tooLong", "remark");

	private final EmployerPortal portal;

	private final SharedPlans plans;

	private final Ratings ratings;

	private final Evaluations evaluations;

	EmployerPortalController(EmployerPortal portal, SharedPlans plans, Ratings ratings, Evaluations evaluations) {
		this.portal = portal;
		this.plans = plans;
		this.ratings = ratings;
		this.evaluations = evaluations;
	}

	@GetMapping
	String home(@AuthenticationPrincipal TandemUser user, Model model) {
		model.addAttribute("overview", this.portal.overview(user.current()));
		return "portal/employer/home";
	}

	@GetMapping("/employees/{id}")
	String employee(@AuthenticationPrincipal TandemUser user, @PathVariable long id, Model model) {
		EmployerPortal.EmployeePage page = this.portal.employee(user.current(), id);
		if (!model.containsAttribute("ratingForm") && page.rating() != null) {
			model.addAttribute("ratingForm", PortalRatingForm.blank(page.rating()));
		}
		return page(page, model);
	}

	private static String page(EmployerPortal.EmployeePage page, Model model) {
		if (!model.containsAttribute("contactForm")) {
			model.addAttribute("contactForm", new ContactRequestForm(""));
		}
		if (!model.containsAttribute("evaluationForm") && page.evaluation() != null) {
			model.addAttribute("evaluationForm",
					new EvaluationPartForm(page.evaluation().employerContinues(), page.evaluation().version()));
		}
		model.addAttribute("page", page);
		return "portal/employer/employee";
	}

	@PostMapping("/employees/{id}/contact")
	String requestContact(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute("contactForm") ContactRequestForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		this.portal.frame(user.current(), id);
		if (!FormErrors.attempt(errors, Map.of("support.message.tooLong", "message"),
				() -> this.portal.requestContact(user.current(), id, form.message()))) {
			EmployerPortal.EmployeePage page = this.portal.employee(user.current(), id);
			if (page.rating() != null) {
				model.addAttribute("ratingForm", PortalRatingForm.blank(page.rating()));
			}
			return page(page, model);
		}
		redirect.addFlashAttribute("saved", "employerPortal.contact.sent");
		return "redirect:/portal/employer/employees/" + id;
	}

	/**
	 * The employer's part of the evaluation: what the employer keeps doing.
	 */
	@PostMapping("/employees/{id}/evaluation")
	String writeEvaluation(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute("evaluationForm") EvaluationPartForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		TrajectoryFrame frame = this.portal.frame(user.current(), id);
		if (!FormErrors.attempt(errors,
				Map.of("evaluation.employer.required", "employerContinues", "evaluation.employer.tooLong",
						"employerContinues"),
				() -> this.evaluations.writeAsEmployer(user.current(), frame, form.employerContinues(),
						FormErrors.version(form.version())))) {
			EmployerPortal.EmployeePage page = this.portal.employee(user.current(), id);
			if (page.evaluation() == null) {
				redirect.addFlashAttribute("refused", "evaluation.employer.notNow");
				return "redirect:/portal/employer/employees/" + id;
			}
			if (page.rating() != null) {
				model.addAttribute("ratingForm", PortalRatingForm.blank(page.rating()));
			}
			return page(page, model);
		}
		redirect.addFlashAttribute("saved", "employerPortal.evaluation.saved");
		return "redirect:/portal/employer/employees/" + id;
	}

	/**
	 * What the employer keeps doing after the coaching, with the evaluation's version as
	 * it was opened.
	 */
	record EvaluationPartForm(@Size(max = 4000, message = "{evaluation.employer.tooLong}") String employerContinues,
			Long version) {
	}

	@PostMapping("/employees/{id}/agreements")
	String markAgreement(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @RequestParam int number,
			@RequestParam int position, @RequestParam boolean done, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		TrajectoryFrame frame = this.portal.frame(user.current(), id);
		FormErrors.act(redirect, done ? "employerPortal.agreement.done" : "employerPortal.agreement.reopened",
				() -> this.plans.markAgreement(user.current(), frame, number, position, done,
						(version != null) ? version : -1));
		return "redirect:/portal/employer/employees/" + id + "#agreements";
	}

	@GetMapping("/employees/{id}/plan/{number}")
	String proposal(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			Model model) {
		TrajectoryFrame frame = this.portal.frame(user.current(), id);
		model.addAttribute("plan", this.portal.proposal(user.current(), id, number));
		model.addAttribute("employee", this.portal.employee(frame));
		return "portal/employer/proposal";
	}

	@PostMapping("/employees/{id}/plan/{number}/agree")
	String agree(@AuthenticationPrincipal TandemUser user, @PathVariable long id, @PathVariable int number,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		TrajectoryFrame frame = this.portal.frame(user.current(), id);
		boolean[] agreed = new boolean[1];
		FormErrors.act(redirect, "employerPortal.plan.agreedByYou", () -> agreed[0] = this.plans
			.agreeAsEmployer(user.current(), frame, number, FormErrors.version(version)));
		if (agreed[0]) {
			redirect.addFlashAttribute("saved", "employerPortal.plan.agreedByAll");
		}
		return "redirect:/portal/employer/employees/" + id;
	}

	@PostMapping("/employees/{id}/rating")
	String rate(@AuthenticationPrincipal TandemUser user, @PathVariable long id,
			@Valid @ModelAttribute("ratingForm") PortalRatingForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		TrajectoryFrame frame = this.portal.frame(user.current(), id);
		if (!FormErrors.attempt(errors, RATING_FIELDS,
				() -> this.ratings.rateAs(user.current(), frame, Rater.EMPLOYER,
						(form.periodNumber() != null) ? form.periodNumber() : -1, form.score(), form.remark(),
						FormErrors.version(form.version())))) {
			EmployerPortal.EmployeePage page = this.portal.employee(user.current(), id);
			if (page.rating() == null) {
				redirect.addFlashAttribute("refused", "rating.notDue");
				return "redirect:/portal/employer/employees/" + id;
			}
			return page(page, model);
		}
		redirect.addFlashAttribute("saved", "employerPortal.rating.saved");
		return "redirect:/portal/employer/employees/" + id;
	}

	@GetMapping("/schemes")
	String schemes(@AuthenticationPrincipal TandemUser user, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("schemes", this.portal.schemes(user.current(), locale.getLanguage()));
		return "portal/employer/schemes";
	}

}
