package nl.tandem.trajectory;

import java.time.LocalDate;

/**
 * A context event was recorded for a trajectory: something in the participant's work or
 * private life that may call for more support. {@code position} identifies the event
 * within the trajectory (events are only ever added, so it never changes); {@code phase}
 * is the phase the trajectory was in when it was recorded. Published in the transaction
 * that records the event, so a listener's work is saved with it or not at all.
 */
public record ContextEventRecorded(long organisationId, long trajectoryId, int position, ContextEventKind kind,
		LocalDate happenedOn, Phase phase) {
}
