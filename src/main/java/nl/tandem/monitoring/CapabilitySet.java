package nl.tandem.monitoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.tandem.participant.WorkValue;

/**
 * The rules of the capability set for work (after Van der Klink and Abma): a work value
 * is in the participant's capability set when it is <em>valued</em>, <em>enabled</em> and
 * <em>realised</em> — on our 1–5 scales: importance, enabled and realised are each at
 * least {@value #THRESHOLD}.
 * <ul>
 * <li>A <b>discrepancy</b> concerns a value that is important (importance at least 4): it
 * is <em>important but not enabled</em> when the work scores below 4 on enabling it, and
 * <em>enabled but not realised</em> when the work enables it (at least 4) but the
 * participant realises it below 4. A value that does not matter to the participant is no
 * gap, whatever the other two answers say.</li>
 * <li>A value <b>drops out</b> of the set when it was in the set at one check-in and is
 * not at the next one (by date); a drop-out in the latest check-in is a signal.</li>
 * </ul>
 * The table {@code work_value_answer} applies the same rule in its generated column
 * {@code in_capability_set}, so that read models can select on it.
 */
public final class CapabilitySet {

	/**
	 * The lowest answer that counts as important, enabled or realised.
	 */
	public static final int THRESHOLD = 4;

	private CapabilitySet() {
	}

	public static boolean contains(WorkValueAnswer answer) {
		return answer.importance() >= THRESHOLD && answer.enabled() >= THRESHOLD && answer.realised() >= THRESHOLD;
	}

	/**
	 * The values in the capability set, in the order of {@link WorkValue}.
	 */
	public static Set<WorkValue> of(Collection<WorkValueAnswer> answers) {
		Set<WorkValue> set = EnumSet.noneOf(WorkValue.class);
		answers.stream().filter(CapabilitySet::contains).forEach(answer -> set.add(answer.value()));
		return set;
	}

	/**
	 * The discrepancies of a check-in, in the order of {@link WorkValue}.
	 */
	public static List<WorkValueDiscrepancy> discrepancies(Collection<WorkValueAnswer> answers) {
		List<WorkValueDiscrepancy> gaps = new ArrayList<>();
		answers.stream()
			.sorted(java.util.Comparator.comparing(WorkValueAnswer::value))
			.forEach(answer -> discrepancy(answer).ifPresent(gaps::add));
		return gaps;
	}

	static java.util.Optional<WorkValueDiscrepancy> discrepancy(WorkValueAnswer answer) {
		if (answer.importance() < THRESHOLD) {
			return java.util.Optional.empty();
		}
		if (answer.enabled() < THRESHOLD) {
			return java.util.Optional
				.of(new WorkValueDiscrepancy(answer.value(), WorkValueDiscrepancy.Kind.IMPORTANT_NOT_ENABLED));
		}
		if (answer.realised() < THRESHOLD) {
			return java.util.Optional
				.of(new WorkValueDiscrepancy(answer.value(), WorkValueDiscrepancy.Kind.ENABLED_NOT_REALISED));
		}
		return java.util.Optional.empty();
	}

	/**
	 * The values that were in the set at the earlier check-in and are not at the later
	 * one.
	 */
	public static Set<WorkValue> droppedOut(Collection<WorkValueAnswer> earlier, Collection<WorkValueAnswer> later) {
		Set<WorkValue> dropped = of(earlier);
		dropped.removeAll(of(later));
		return dropped;
	}

}
