package nl.tandem.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import nl.tandem.participant.WorkValue;

/**
 * What the check-ins of a trajectory signal, as the set-based read models of
 * {@link CheckIns} return it for many trajectories at once. These carry scores: show them
 * only to the trajectory's coach (a team lead sees that there is a signal, not the
 * answers).
 */
public final class CheckInSignals {

	private CheckInSignals() {
	}

	/**
	 * Work values that were in the capability set at the check-in before the latest one
	 * and are not at the latest ({@link CapabilitySet}).
	 *
	 * @param takenOn the day of the latest check-in
	 * @param previousTakenOn the day of the check-in before it
	 */
	public record ValuesDroppedOut(long trajectoryId, LocalDate takenOn, LocalDate previousTakenOn,
			Set<WorkValue> values) {

		public ValuesDroppedOut {
			values = values.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(values));
		}

	}

	/**
	 * The latest working-alliance score and whether it is low or falling
	 * ({@link AllianceRules}).
	 *
	 * @param previousScore the score before it, or null for the first questionnaire
	 */
	public record AllianceStatus(long trajectoryId, LocalDate takenOn, BigDecimal score, BigDecimal previousScore,
			boolean low, boolean falling) {

		/**
		 * Whether the score suggests a conversation about the coaching or a change of
		 * coach.
		 */
		public boolean signal() {
			return this.low || this.falling;
		}

	}

	/**
	 * The latest balance and load scores, those of the check-in before (null for the
	 * first), and the items that make them unstable ({@link BalanceStability}).
	 */
	public record LatestBalance(long trajectoryId, LocalDate takenOn, BalanceScores scores, BalanceScores previous,
			Set<BalanceItem> concerns) {

		public LatestBalance {
			concerns = concerns.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(concerns));
		}

		public boolean stable() {
			return this.concerns.isEmpty();
		}

	}

}
