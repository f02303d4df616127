package nl.tandem.plan;

import org.springframework.data.relational.core.mapping.Table;

/**
 * The minutes of coaching planned in one grant period, as they stood when the plan was
 * agreed.
 */
@Table("plan_hours")
public record PlannedMinutes(long organisationId, int period, int minutes) {
}
