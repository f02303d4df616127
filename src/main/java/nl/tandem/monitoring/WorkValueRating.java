package nl.tandem.monitoring;

import nl.tandem.participant.WorkValue;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One work value's answers as stored in a {@link WorkValueCheckIn}.
 */
@Table("work_value_answer")
record WorkValueRating(long organisationId, WorkValue workValue, int importance, int enabled, int realised) {

	static WorkValueRating of(long organisationId, WorkValueAnswer answer) {
		return new WorkValueRating(organisationId, answer.value(), answer.importance(), answer.enabled(),
				answer.realised());
	}

	WorkValueAnswer answer() {
		return new WorkValueAnswer(this.workValue, this.importance, this.enabled, this.realised);
	}

}
