package nl.tandem.trajectory;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A placement as the coach enters it; hours per week in hours.
 */
public record PlacementDetails(long employerId, Long workplaceId, Long supervisorContactId, String jobTitle,
		BigDecimal hoursPerWeek, ContractType contractType, LocalDate startDate, LocalDate endDate,
		LocalDate probationUntil) {
}
