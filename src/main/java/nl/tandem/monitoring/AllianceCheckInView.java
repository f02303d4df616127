package nl.tandem.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A working-alliance questionnaire as the coach reads it.
 */
public record AllianceCheckInView(long id, LocalDate takenOn, AllianceAnswers answers, String remark, long version) {

	public BigDecimal score() {
		return this.answers.score();
	}

	public boolean low() {
		return AllianceRules.low(this.answers);
	}

}
