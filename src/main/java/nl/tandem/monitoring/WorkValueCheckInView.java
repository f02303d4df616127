package nl.tandem.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.tandem.participant.WorkValue;

/**
 * A work-values check-in as the coach reads it: the answers on the seven values (in the
 * order of {@link WorkValue}) and what follows from them.
 */
public record WorkValueCheckInView(long id, WorkValueMoment moment, LocalDate takenOn, List<WorkValueAnswer> answers,
		String remark, long version) {

	public WorkValueCheckInView {
		answers = List.copyOf(answers);
	}

	public Set<WorkValue> capabilitySet() {
		return CapabilitySet.of(this.answers);
	}

	public List<WorkValueDiscrepancy> discrepancies() {
		return CapabilitySet.discrepancies(this.answers);
	}

	public WorkValueAnswer answer(WorkValue value) {
		return this.answers.stream().filter(answer -> answer.value() == value).findFirst().orElseThrow();
	}

}
