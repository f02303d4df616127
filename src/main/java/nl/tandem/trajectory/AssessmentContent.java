package nl.tandem.trajectory;

import java.time.LocalDate;

/**
 * What a workplace assessment records.
 */
public record AssessmentContent(String tasks, String pace, String environment, String naturalSupport,
		String adjustments, WorkplaceAssessmentMatch match, String jobAsks, String participantBrings,
		String closingTheGap, LocalDate assessedOn) {

	public static AssessmentContent empty() {
		return new AssessmentContent(null, null, null, null, null, null, null, null, null, null);
	}

}
