package nl.tandem.trajectory;

/**
 * A trajectory moved to another phase.
 */
public record PhaseChanged(long organisationId, long trajectoryId, Phase from, Phase to) {
}
