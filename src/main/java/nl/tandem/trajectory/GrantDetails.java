package nl.tandem.trajectory;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A grant as the coach enters it: hours per period in hours, the tariff in euro.
 */
public record GrantDetails(Funder funder, String funderName, String reference, LocalDate startDate, int periodMonths,
		int periods, BigDecimal hoursPerPeriod, BigDecimal hourlyTariff) {
}
