package nl.tandem.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A coaching session on the schedule, with the key it keeps when it is moved (the
 * calendar feed and the logbook refer to it by that key). A held session is history:
 * regenerating the schedule keeps it.
 */
@Table("planned_session")
record PlannedSession(long organisationId, @Column("session_key") UUID key, LocalDate plannedOn, int minutes,
		boolean held) {

	PlannedSession on(LocalDate day) {
		return new PlannedSession(this.organisationId, this.key, day, this.minutes, this.held);
	}

	PlannedSession lasting(int minutes) {
		return new PlannedSession(this.organisationId, this.key, this.plannedOn, minutes, this.held);
	}

	PlannedSession markedHeld() {
		return new PlannedSession(this.organisationId, this.key, this.plannedOn, this.minutes, true);
	}

}
