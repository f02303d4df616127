package nl.tandem.trajectory;

import java.time.Instant;

/**
 * A coach taking over the trajectory (or the first coach), with the reason for a
 * reassignment.
 */
record CoachAssignment(long organisationId, long coachId, Instant at, long byAccount, String reason) {
}
