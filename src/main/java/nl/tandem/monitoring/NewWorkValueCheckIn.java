package nl.tandem.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * The answers of a work-values check-in as entered: the moment, the day, an answer on
 * each of the seven work values, and an optional remark.
 */
public record NewWorkValueCheckIn(WorkValueMoment moment, LocalDate takenOn, List<WorkValueAnswer> answers,
		String remark) {

	public NewWorkValueCheckIn {
		answers = (answers != null) ? List.copyOf(answers) : List.of();
	}

}
