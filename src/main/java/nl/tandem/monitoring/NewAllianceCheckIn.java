package nl.tandem.monitoring;

import java.time.LocalDate;

/**
 * A working-alliance questionnaire as entered: the day, the six answers and an optional
 * remark.
 */
public record NewAllianceCheckIn(LocalDate takenOn, AllianceAnswers answers, String remark) {

}
