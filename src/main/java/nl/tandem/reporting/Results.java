package nl.tandem.reporting;

import java.util.List;
import java.util.Map;

import nl.tandem.evaluation.Outcome;
import nl.tandem.evaluation.Outcomes;

/**
 * What the coaching of the trajectories closed in a period achieved: how they ended up
 * (the outcome of the evaluation), whether they still worked at the follow-ups 6 and 12
 * months later, the satisfaction of participants and employers against the norm, the
 * change of the capability set between the intake and the evaluation, and all of it
 * against the hours of coaching: per trajectory (the scatter) and per band of hours.
 *
 * @param outcomes per outcome the number of evaluated trajectories that ended in it
 * @param evaluated the closed trajectories with a completed evaluation
 * @param ratings the average satisfaction over the ratings of the closed trajectories
 * @param capability the capability set at intake and evaluation, or null when no closed
 * trajectory had both check-ins
 * @param points the closed trajectories, each with its hours and what came of it
 * @param bands the closed trajectories per band of hours
 */
public record Results(Map<Outcome, Integer> outcomes, int evaluated, Outcomes.Retention sixMonths,
		Outcomes.Retention twelveMonths, Outcomes.RatingAverages ratings, Capability capability, List<Point> points,
		List<Band> bands) {

	/**
	 * The share of the evaluated trajectories that ended in an outcome, 0 to 100.
	 */
	public int percent(Outcome outcome) {
		return (this.evaluated == 0) ? 0 : Math.round(100f * this.outcomes.get(outcome) / this.evaluated);
	}

	/**
	 * The size of the capability set (0 to 7 work values) on average at the intake and at
	 * the evaluation, over the trajectories that had both check-ins.
	 */
	public record Capability(int trajectories, double atIntake, double atEvaluation) {

		public double change() {
			return this.atEvaluation - this.atIntake;
		}

	}

	/**
	 * One closed trajectory, without anything that names it: its hours, the outcome (null
	 * without a completed evaluation), whether it worked at the 6-month follow-up (null
	 * until checked) and the change of its capability set (null without both check-ins).
	 */
	public record Point(double hours, Outcome outcome, Boolean workingAfterSixMonths, Integer capabilityChange) {

		public Boolean workingAtEnd() {
			return (this.outcome != null) ? this.outcome.isWorking() : null;
		}

	}

	/**
	 * The closed trajectories of a band of hours: how many, how many evaluated and
	 * working at the end, how many checked and working after 6 months, and the average
	 * change of the capability set (null when none had both check-ins).
	 */
	public record Band(HoursBand band, int trajectories, int evaluated, int workingAtEnd, int checkedAfterSixMonths,
			int workingAfterSixMonths, Double capabilityChange) {

		/**
		 * The share of the evaluated that worked at the end, or null when none was.
		 */
		public Integer percentWorkingAtEnd() {
			return (this.evaluated == 0) ? null : Math.round(100f * this.workingAtEnd / this.evaluated);
		}

		/**
		 * The share of those checked after 6 months that still worked, or null.
		 */
		public Integer percentWorkingAfterSixMonths() {
			return (this.checkedAfterSixMonths == 0) ? null
					: Math.round(100f * this.workingAfterSixMonths / this.checkedAfterSixMonths);
		}

	}

}
