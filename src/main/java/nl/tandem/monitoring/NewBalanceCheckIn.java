package nl.tandem.monitoring;

import java.time.LocalDate;

/**
 * A balance and load check-in as entered: the day, the four scores and an optional
 * remark.
 */
public record NewBalanceCheckIn(LocalDate takenOn, BalanceScores scores, String remark) {

}
