package nl.tandem.monitoring.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.tandem.monitoring.NewWorkValueCheckIn;
import nl.tandem.monitoring.WorkValueAnswer;
import nl.tandem.monitoring.WorkValueCheckInView;
import nl.tandem.monitoring.WorkValueMoment;
import nl.tandem.participant.WorkValue;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The work-values questionnaire: the moment and day, and for each of the seven values the
 * three questions on a scale of 1 to 5.
 */
public class WorkValueCheckInForm {

	@NotNull(message = "{checkins.moment.required}")
	private WorkValueMoment moment;

	@NotNull(message = "{checkins.date.invalid}")
	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate takenOn;

	@Valid
	private List<Row> values = new ArrayList<>();

	@Size(max = 2000, message = "{checkins.remark.tooLong}")
	private String remark;

	private Long version;

	/**
	 * The three answers on one work value.
	 */
	public static class Row {

		private WorkValue value;

		@NotNull(message = "{checkins.answer.required}")
		@Min(value = 1, message = "{checkins.answer.range}")
		@Max(value = 5, message = "{checkins.answer.range}")
		private Integer importance;

		@NotNull(message = "{checkins.answer.required}")
		@Min(value = 1, message = "{checkins.answer.range}")
		@Max(value = 5, message = "{checkins.answer.range}")
		private Integer enabled;

		@NotNull(message = "{checkins.answer.required}")
		@Min(value = 1, message = "{checkins.answer.range}")
		@Max(value = 5, message = "{checkins.answer.range}")
		private Integer realised;

		public Row() {
		}

		Row(WorkValue value, Integer importance, Integer enabled, Integer realised) {
			this.value = value;
			this.importance = importance;
			this.enabled = enabled;
			this.realised = realised;
		}

		public WorkValue getValue() {
			return this.value;
		}

		public void setValue(WorkValue value) {
			this.value = value;
		}

		public Integer getImportance() {
			return this.importance;
		}

		public void setImportance(Integer importance) {
			this.importance = importance;
		}

		public Integer getEnabled() {
			return this.enabled;
		}

		public void setEnabled(Integer enabled) {
			this.enabled = enabled;
		}

		public Integer getRealised() {
			return this.realised;
		}

		public void setRealised(Integer realised) {
			this.realised = realised;
		}

	}

	/**
	 * An empty questionnaire with a row for every work value.
	 */
	static WorkValueCheckInForm blank(WorkValueMoment moment, LocalDate today) {
		WorkValueCheckInForm form = new WorkValueCheckInForm();
		form.moment = moment;
		form.takenOn = today;
		for (WorkValue value : WorkValue.values()) {
			form.values.add(new Row(value, null, null, null));
		}
		return form;
	}

	/**
	 * The questionnaire as it was answered, to correct it.
	 */
	static WorkValueCheckInForm of(WorkValueCheckInView checkIn) {
		WorkValueCheckInForm form = new WorkValueCheckInForm();
		form.moment = checkIn.moment();
		form.takenOn = checkIn.takenOn();
		form.remark = checkIn.remark();
		form.version = checkIn.version();
		for (WorkValueAnswer answer : checkIn.answers()) {
			form.values.add(new Row(answer.value(), answer.importance(), answer.enabled(), answer.realised()));
		}
		return form;
	}

	NewWorkValueCheckIn toCheckIn() {
		List<WorkValueAnswer> answers = this.values.stream()
			.map(row -> new WorkValueAnswer(row.value, orZero(row.importance), orZero(row.enabled),
					orZero(row.realised)))
			.toList();
		return new NewWorkValueCheckIn(this.moment, this.takenOn, answers, this.remark);
	}

	static int orZero(Integer answer) {
		return (answer != null) ? answer : 0;
	}

	public WorkValueMoment getMoment() {
		return this.moment;
	}

	public void setMoment(WorkValueMoment moment) {
		this.moment = moment;
	}

	public LocalDate getTakenOn() {
		return this.takenOn;
	}

	public void setTakenOn(LocalDate takenOn) {
		this.takenOn = takenOn;
	}

	public List<Row> getValues() {
		return this.values;
	}

	public void setValues(List<Row> values) {
		this.values = (values != null) ? values : new ArrayList<>();
	}

	public String getRemark() {
		return this.remark;
	}

	public void setRemark(String remark) {
		this.remark = remark;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
