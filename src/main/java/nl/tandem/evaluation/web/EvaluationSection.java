package nl.tandem.evaluation.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.tandem.evaluation.Evaluations;
import nl.tandem.evaluation.FollowUpView;
import nl.tandem.evaluation.FollowUps;
import nl.tandem.evaluation.RatingView;
import nl.tandem.evaluation.Ratings;
import nl.tandem.identity.CurrentUser;
import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.TrajectoryDetails;
import nl.tandem.trajectory.TrajectorySection;

import org.springframework.stereotype.Component;

/**
 * Evaluation and follow-up on the trajectory page, for the coach and the team lead: the
 * status of the evaluation meeting and its outcome, the satisfaction ratings against the
 * norm of 6.5, and after closure the follow-ups. Three queries, however many ratings and
 * follow-ups there are.
 */
@Component
class EvaluationSection implements TrajectorySection {

	private static final Set<Phase> SHOWN = EnumSet.of(Phase.ACTIVE, Phase.PAUSED, Phase.PHASING_OUT, Phase.EVALUATION,
			Phase.CLOSED);

	private final Evaluations evaluations;

	private final Ratings ratings;

	private final FollowUps followUps;

	EvaluationSection(Evaluations evaluations, Ratings ratings, FollowUps followUps) {
		this.evaluations = evaluations;
		this.ratings = ratings;
		this.followUps = followUps;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public String fragment() {
		return "evaluation/section :: evaluation";
	}

	@Override
	public Optional<Map<String, Object>> model(CurrentUser user, TrajectoryDetails trajectory) {
		if (!trajectory.mayWork() || !SHOWN.contains(trajectory.phase())) {
			return Optional.empty();
		}
		long organisation = user.organisationId();
		boolean coach = Evaluations.isCoach(user, trajectory.coachId());
		var summary = this.evaluations.summary(organisation, trajectory.id()).orElse(null);
		List<RatingView> ratings = this.ratings.ofTrajectory(organisation, trajectory.id());
		List<FollowUpView> followUps = (trajectory.phase() == Phase.CLOSED)
				? this.followUps.ofTrajectory(organisation, trajectory.id()) : List.of();
		Map<String, Object> model = new HashMap<>();
		model.put("trajectory", trajectory);
		model.put("evaluation", summary);
		model.put("mayEvaluate", Evaluations.PHASES.contains(trajectory.phase()));
		model.put("mayWrite", coach);
		model.put("ratings", ratings);
		model.put("participantAverage", average(ratings.stream().map(RatingView::participantScore).toList()));
		model.put("employerAverage", average(ratings.stream().map(RatingView::employerScore).toList()));
		model.put("followUps", followUps);
		model.put("today", LocalDate.now(Evaluations.ZONE));
		return Optional.of(model);
	}

	/**
	 * The average of the scores given, to one decimal, or null.
	 */
	static Double average(List<Integer> scores) {
		List<Integer> given = scores.stream().filter(Objects::nonNull).toList();
		if (given.isEmpty()) {
			return null;
		}
		return Math.round(10.0 * given.stream().mapToInt(Integer::intValue).average().orElse(0)) / 10.0;
	}

}
