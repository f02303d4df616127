package nl.tandem.trajectory;

import java.math.BigDecimal;

/**
 * A funder rule that the placement or grant does not meet, with the rule's threshold.
 */
public record RuleWarning(FunderRule rule, BigDecimal threshold) {
}
