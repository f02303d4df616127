package nl.tandem.trajectory;

import java.time.Instant;

/**
 * A step in the lifecycle: from which phase to which, when, by whom (an account) and why.
 */
record Transition(long organisationId, Phase fromPhase, Phase toPhase, Instant at, long byAccount, String reason) {
}
