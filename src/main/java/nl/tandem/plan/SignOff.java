package nl.tandem.plan;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * That one of the three parties agreed to a version of the plan: on which day, how, and
 * who recorded it.
 */
@Table("plan_sign_off")
public record SignOff(long organisationId, Party party, LocalDate agreedOn, SignOffMethod how, Instant recordedAt,
		long byAccount) {
}
