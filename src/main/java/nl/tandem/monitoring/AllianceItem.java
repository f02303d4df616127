package nl.tandem.monitoring;

/**
 * The six statements of the working-alliance questionnaire, two on each part of the
 * alliance, answered from 1 (do not agree at all) to 5 (fully agree).
 */
public enum AllianceItem {

	GOALS_SHARED(Part.GOALS), GOALS_CLEAR(Part.GOALS), TASKS_HELPFUL(Part.TASKS), TASKS_AGREED(Part.TASKS),
	BOND_TRUST(Part.BOND), BOND_RESPECT(Part.BOND);

	private final Part part;

	AllianceItem(Part part) {
		this.part = part;
	}

	public Part part() {
		return this.part;
	}

	/**
	 * The three parts of a working alliance: agreement about the goals, agreement about
	 * the tasks that lead there, and the personal bond.
	 */
	public enum Part {

		GOALS, TASKS, BOND

	}

}
