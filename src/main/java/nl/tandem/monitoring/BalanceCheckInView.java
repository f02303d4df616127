package nl.tandem.monitoring;

import java.time.LocalDate;

/**
 * A balance and load check-in as the coach reads it.
 */
public record BalanceCheckInView(long id, LocalDate takenOn, BalanceScores scores, String remark, long version) {

}
