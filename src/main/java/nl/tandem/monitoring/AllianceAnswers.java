package nl.tandem.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * The answers to the six statements of the working-alliance questionnaire, each from 1 to
 * 5.
 */
public record AllianceAnswers(int goalsShared, int goalsClear, int tasksHelpful, int tasksAgreed, int bondTrust,
		int bondRespect) {

	public AllianceAnswers {
		Scale.require(goalsShared);
		Scale.require(goalsClear);
		Scale.require(tasksHelpful);
		Scale.require(tasksAgreed);
		Scale.require(bondTrust);
		Scale.require(bondRespect);
	}

	public int get(AllianceItem item) {
		return switch (item) {
			case GOALS_SHARED -> this.goalsShared;
			case GOALS_CLEAR -> this.goalsClear;
			case TASKS_HELPFUL -> this.tasksHelpful;
			case TASKS_AGREED -> this.tasksAgreed;
			case BOND_TRUST -> this.bondTrust;
			case BOND_RESPECT -> this.bondRespect;
		};
	}

	public Map<AllianceItem, Integer> byItem() {
		Map<AllianceItem, Integer> answers = new EnumMap<>(AllianceItem.class);
		for (AllianceItem item : AllianceItem.values()) {
			answers.put(item, get(item));
		}
		return answers;
	}

	/**
	 * The sum of the six answers (6 to 30): the alliance rules compare sums, so that no
	 * rounding decides whether a score is low or falling.
	 */
	public int sum() {
		return this.goalsShared + this.goalsClear + this.tasksHelpful + this.tasksAgreed + this.bondTrust
				+ this.bondRespect;
	}

	/**
	 * The score: the mean of the six answers, to two decimals.
	 */
	public BigDecimal score() {
		return AllianceRules.score(sum());
	}

	/**
	 * The mean of the two answers on a part of the alliance, to one decimal.
	 */
	public BigDecimal mean(AllianceItem.Part part) {
		int sum = 0;
		for (AllianceItem item : AllianceItem.values()) {
			if (item.part() == part) {
				sum += get(item);
			}
		}
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
	}

}
