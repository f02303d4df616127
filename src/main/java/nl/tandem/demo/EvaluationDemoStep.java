package nl.tandem.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.tandem.evaluation.Attendee;
import nl.tandem.evaluation.EvaluationContent;
import nl.tandem.evaluation.Evaluations;
import nl.tandem.evaluation.GoalResult;
import nl.tandem.evaluation.NewRating;
import nl.tandem.evaluation.Outcome;
import nl.tandem.evaluation.Ratings;
import nl.tandem.identity.CurrentUser;
import nl.tandem.trajectory.Caseloads;
import nl.tandem.trajectory.Phase;

import org.springframework.stereotype.Component;

/**
 * Evaluation for the demo, entered through the services as the coaches would: Bram has
 * held the evaluation meeting of Jeroen Koster and written it down as a draft (the first
 * goal reached, the second partly), with the ratings of the first grant period; Sanne has
 * the ratings at the end of Nina Verhoeven's closed trajectory, whose follow-ups were
 * scheduled when it closed.
 */
@Component
class EvaluationDemoStep implements DemoStep {

	private final Evaluations evaluations;

	private final Ratings ratings;

	private final Caseloads caseloads;

	EvaluationDemoStep(Evaluations evaluations, Ratings ratings, Caseloads caseloads) {
		this.evaluations = evaluations;
		this.ratings = ratings;
		this.caseloads = caseloads;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public void create(DemoOrganisation demo) {
		LocalDate today = demo.today();
		CurrentUser bram = demo.user("bram");
		long jeroen = trajectory(bram, Phase.EVALUATION, "Jeroen");
		List<UUID> goals = List.copyOf(this.evaluations.page(bram, jeroen).planGoals().keySet());
		List<EvaluationContent.Goal> results = new java.util.ArrayList<>();
		for (int i = 0; i < goals.size(); i++) {
			results
				.add(new EvaluationContent.Goal(goals.get(i), (i == 0) ? GoalResult.REACHED : GoalResult.PARTLY_REACHED,
						(i == 0) ? "Meldt het nu zelf als het te druk wordt." : null));
		}
		this.evaluations.save(bram, jeroen, null,
				new EvaluationContent(today.minusDays(2),
						Set.of(Attendee.PARTICIPANT, Attendee.SUPERVISOR, Attendee.COACH), results,
						"De vaste maandag met de leidinggevende.", "Elke maand een kort gesprek over de planning.",
						Outcome.SAME_EMPLOYER, new BigDecimal("28")),
				false);
		this.ratings.record(bram, jeroen, new NewRating(1, today.minusMonths(4), 8, 7, null));

		CurrentUser sanne = demo.user("sanne");
		long nina = this.caseloads.participantsOfClosed(sanne.organisationId(), sanne.personId(), today.minusYears(1))
			.keySet()
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No closed trajectory of Sanne"));
		this.ratings.record(sanne, nina,
				new NewRating(Ratings.END, today, 7, 6, "De werkgever had meer contact gewild na de reorganisatie."));
	}

	/**
	 * The coach's trajectory in a phase of the participant with this given name.
	 */
	private long trajectory(CurrentUser coach, Phase phase, String givenName) {
		return this.caseloads.coachDashboard(coach)
			.getOrDefault(phase, List.of())
			.stream()
			.filter(row -> row.participantName().startsWith(givenName + " "))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No trajectory of " + givenName + " in " + phase))
			.id();
	}

}
