package nl.tandem.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed from one version of a plan to another: the fields that differ, goals
 * added, removed or changed (a goal is the same goal in both versions when its key is,
 * and a changed goal names the fields that changed), and the attention points and
 * agreements that only one of the two versions has.
 */
public record PlanDiff(int from, int to, List<Change<Object>> fields, List<Change<Goal>> goals,
		List<Change<AttentionPoint>> attentionPoints, List<Change<Agreement>> agreements) {

	/**
	 * One difference. An added item has no {@code before}, a removed one no
	 * {@code after}. {@code what} is the message key of a field, or for a changed goal
	 * the names of the fields that changed.
	 */
	public record Change<T>(List<String> what, T before, T after) {

		public boolean added() {
			return this.before == null;
		}

		public boolean removed() {
			return this.after == null;
		}

	}

	public boolean isEmpty() {
		return this.fields.isEmpty() && this.goals.isEmpty() && this.attentionPoints.isEmpty()
				&& this.agreements.isEmpty();
	}

	static PlanDiff between(CoachingPlan a, CoachingPlan b) {
		List<Change<Object>> fields = new ArrayList<>();
		field(fields, "plan.startsOn", a.startsOn(), b.startsOn());
		field(fields, "plan.endsOn", a.endsOn(), b.endsOn());
		field(fields, "plan.expectation.PARTICIPANT", a.expectationParticipant(), b.expectationParticipant());
		field(fields, "plan.expectation.EMPLOYER", a.expectationEmployer(), b.expectationEmployer());
		field(fields, "plan.expectation.COACH", a.expectationCoach(), b.expectationCoach());
		List<Change<Goal>> goals = new ArrayList<>();
		Map<UUID, Goal> before = a.goals().stream().collect(Collectors.toMap(Goal::key, Function.identity()));
		Map<UUID, Goal> after = b.goals().stream().collect(Collectors.toMap(Goal::key, Function.identity()));
		for (Goal goal : a.goals()) {
			Goal next = after.get(goal.key());
			if (next == null) {
				goals.add(new Change<>(List.of(), goal, null));
			}
			else if (!next.content().equals(goal.content())) {
				goals.add(new Change<>(changedFields(goal, next), goal, next));
			}
		}
		b.goals()
			.stream()
			.filter(goal -> !before.containsKey(goal.key()))
			.forEach(goal -> goals.add(new Change<>(List.of(), null, goal)));
		return new PlanDiff(a.number(), b.number(), fields, goals, items(a.attentionPoints(), b.attentionPoints()),
				items(a.agreements(), b.agreements()));
	}

	private static List<String> changedFields(Goal a, Goal b) {
		List<String> changed = new ArrayList<>();
		if (a.area() != b.area()) {
			changed.add("area");
		}
		if (a.kind() != b.kind()) {
			changed.add("kind");
		}
		if (!Objects.equals(a.description(), b.description())) {
			changed.add("description");
		}
		if (!Objects.equals(a.why(), b.why())) {
			changed.add("why");
		}
		if (!Objects.equals(a.progressSign(), b.progressSign())) {
			changed.add("progressSign");
		}
		if (!Objects.equals(a.targetDate(), b.targetDate())) {
			changed.add("targetDate");
		}
		return changed;
	}

	private static void field(List<Change<Object>> changes, String what, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new Change<>(List.of(what), (before != null) ? before : "", (after != null) ? after : ""));
		}
	}

	private static <T> List<Change<T>> items(List<T> before, List<T> after) {
		List<Change<T>> changes = new ArrayList<>();
		before.stream()
			.filter(item -> !after.contains(item))
			.forEach(item -> changes.add(new Change<>(List.of(), item, null)));
		after.stream()
			.filter(item -> !before.contains(item))
			.forEach(item -> changes.add(new Change<>(List.of(), null, item)));
		return changes;
	}

}
