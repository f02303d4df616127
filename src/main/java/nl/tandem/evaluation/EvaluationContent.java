package nl.tandem.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.tandem.platform.DomainRuleException;

/**
 * What the evaluation meeting brought: the day and who took part, per goal of the plan
 * its result and a remark, what helped, what the employer keeps doing, and the outcome
 * with hours per week. A draft may leave parts open; completing needs them all.
 */
public record EvaluationContent(LocalDate heldOn, Set<Attendee> tookPart, List<Goal> goals, String whatHelped,
		String employerContinues, Outcome outcome, BigDecimal hoursPerWeek) {

	static final int MAX_TEXT = 4000;

	static final BigDecimal MAX_HOURS = BigDecimal.valueOf(80);

	public EvaluationContent {
		tookPart = (tookPart == null || tookPart.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(tookPart));
		goals = (goals != null) ? goals.stream().filter(goal -> goal.result() != null).toList() : List.of();
		whatHelped = strip(whatHelped);
		employerContinues = strip(employerContinues);
		if (hoursPerWeek != null && (hoursPerWeek.signum() < 0 || hoursPerWeek.compareTo(MAX_HOURS) > 0)) {
			throw new DomainRuleException("evaluation.hours.range");
		}
		if (goals.stream().map(Goal::goalKey).distinct().count() < goals.size()) {
			throw new DomainRuleException("evaluation.goal.unknown");
		}
	}

	/**
	 * The result of one goal, with a remark; a goal without a result is not yet
	 * evaluated.
	 */
	public record Goal(UUID goalKey, GoalResult result, String remark) {

		public Goal {
			remark = strip(remark);
		}

	}

	static String strip(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > MAX_TEXT) {
			throw new DomainRuleException("evaluation.text.tooLong");
		}
		return stripped;
	}

}
