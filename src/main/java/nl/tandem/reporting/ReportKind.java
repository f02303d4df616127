package nl.tandem.reporting;

import java.util.List;

/**
 * The kinds of funder report and the texts the coach writes for each; everything else in
 * a report comes from the plan, the workplace assessment and the logbook.
 */
public enum ReportKind {

	/**
	 * The application or coaching-plan report: why this workplace, the gap between what
	 * the job asks and what the participant brings and how it is closed, the goals and
	 * the planned hours per period.
	 */
	APPLICATION(false, List.of("whyThisWorkplace", "jobAsks", "participantBrings", "closingTheGap")),

	/**
	 * The progress report of a grant period: hours per goal, goal status, what went well,
	 * what needs attention and the plan for the next period.
	 */
	PROGRESS(true, List.of("wentWell", "attention", "nextPeriod")),

	/**
	 * The final report after the evaluation meeting: the result of every goal, the
	 * outcome, the hours in total, per kind of time and per grant period, the
	 * satisfaction of participant and employer against the norm and the follow-ups; its
	 * texts start from the evaluation (what helped, what the employer keeps doing) and
	 * end with the coach's conclusion.
	 */
	FINAL(false, List.of("whatHelped", "employerContinues", "conclusion"));

	/**
	 * The longest text a field takes.
	 */
	public static final int MAX = 4000;

	private final boolean perPeriod;

	private final List<String> fields;

	ReportKind(boolean perPeriod, List<String> fields) {
		this.perPeriod = perPeriod;
		this.fields = fields;
	}

	public boolean perPeriod() {
		return this.perPeriod;
	}

	public List<String> fields() {
		return this.fields;
	}

	/**
	 * The kind in a web address, e.g. {@code progress}.
	 */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
