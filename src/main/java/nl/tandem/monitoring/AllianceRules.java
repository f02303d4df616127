package nl.tandem.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The rules of the working alliance ("the click" between participant and coach):
 * <ul>
 * <li>The <b>score</b> is the mean of the six answers (1–5).</li>
 * <li>It is <b>low</b> below {@value #LOW_BELOW}, and <b>falling</b> when it is
 * {@code 0.5} or more below the score of the check-in before it. Either is a signal that
 * suggests a conversation about the coaching, or a change of coach.</li>
 * <li>The questionnaire is <b>due</b> first once {@value #FIRST_AFTER_HELD} sessions have
 * been held (from the day of the third), and then every {@value #EVERY_MONTHS} months
 * after the latest one.</li>
 * </ul>
 */
public final class AllianceRules {

	/**
	 * A score below this is low.
	 */
	public static final int LOW_BELOW = 3;

	/**
	 * A fall of at least this much since the previous score is falling.
	 */
	public static final BigDecimal FALL = new BigDecimal("0.5");

	/**
	 * The number of held sessions after which the first questionnaire is due.
	 */
	public static final int FIRST_AFTER_HELD = 3;

	/**
	 * The months between one questionnaire and the next.
	 */
	public static final int EVERY_MONTHS = 3;

	private static final int ITEMS = AllianceItem.values().length;

	private AllianceRules() {
	}

	static BigDecimal score(int sum) {
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(ITEMS), 2, RoundingMode.HALF_UP);
	}

	/**
	 * Whether a score is low; on sums of the six answers (a mean below 3 is a sum below
	 * 18).
	 */
	public static boolean low(AllianceAnswers answers) {
		return low(answers.sum());
	}

	static boolean low(int sum) {
		return sum < LOW_BELOW * ITEMS;
	}

	/**
	 * Whether the score fell by at least 0.5 since the previous check-in (null when there
	 * was none); on sums, a fall of 3 or more.
	 */
	public static boolean falling(AllianceAnswers latest, AllianceAnswers previous) {
		return falling(latest.sum(), (previous != null) ? previous.sum() : null);
	}

	static boolean falling(int sum, Integer previousSum) {
		return previousSum != null && previousSum - sum >= FALL.multiply(BigDecimal.valueOf(ITEMS)).intValue();
	}

	/**
	 * What a questionnaire's score signals, from the sums of its answers and of the one
	 * before (null for the first).
	 */
	static CheckInSignals.AllianceStatus status(long trajectoryId, LocalDate takenOn, int sum, Integer previousSum) {
		return new CheckInSignals.AllianceStatus(trajectoryId, takenOn, score(sum),
				(previousSum != null) ? score(previousSum) : null, low(sum), falling(sum, previousSum));
	}

	/**
	 * Since when the questionnaire is due, or null when it is not (yet) due.
	 * @param thirdHeldOn the day of the third held session, null before it
	 * @param latestOn the day of the latest questionnaire, null before the first
	 * @param today the day to judge on
	 */
	public static LocalDate dueSince(LocalDate thirdHeldOn, LocalDate latestOn, LocalDate today) {
		LocalDate due;
		if (latestOn == null) {
			due = thirdHeldOn;
		}
		else {
			due = latestOn.plusMonths(EVERY_MONTHS);
		}
		return (due != null && !due.isAfter(today)) ? due : null;
	}

}
