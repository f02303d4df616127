package nl.tandem.evaluation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

import nl.tandem.evaluation.Attendee;
import nl.tandem.evaluation.EvaluationContent;
import nl.tandem.evaluation.EvaluationView;
import nl.tandem.evaluation.GoalResult;
import nl.tandem.evaluation.Outcome;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The evaluation form: the day and who took part, a row per goal of the agreed plan, what
 * helped, what the employer keeps doing, and the outcome with hours per week.
 */
public class EvaluationForm {

	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate heldOn;

	private Set<Attendee> tookPart = EnumSet.noneOf(Attendee.class);

	@Valid
	private List<Row> goals = new ArrayList<>();

	@Size(max = 4000, message = "{evaluation.text.tooLong}")
	private String whatHelped;

	@Size(max = 4000, message = "{evaluation.text.tooLong}")
	private String employerContinues;

	private Outcome outcome;

	@DecimalMin(value = "0", message = "{evaluation.hours.range}")
	@DecimalMax(value = "80", message = "{evaluation.hours.range}")
	private BigDecimal hoursPerWeek;

	private Long version;

	/**
	 * The result of one goal, with a remark.
	 */
	public static class Row {

		private UUID goalKey;

		private GoalResult result;

		@Size(max = 4000, message = "{evaluation.text.tooLong}")
		private String remark;

		public Row() {
		}

		Row(UUID goalKey, GoalResult result, String remark) {
			this.goalKey = goalKey;
			this.result = result;
			this.remark = remark;
		}

		public UUID getGoalKey() {
			return this.goalKey;
		}

		public void setGoalKey(UUID goalKey) {
			this.goalKey = goalKey;
		}

		public GoalResult getResult() {
			return this.result;
		}

		public void setResult(GoalResult result) {
			this.result = result;
		}

		public String getRemark() {
			return this.remark;
		}

		public void setRemark(String remark) {
			this.remark = remark;
		}

	}

	/**
	 * The form for the goals of the plan: empty, or filled with the evaluation so far.
	 */
	static EvaluationForm of(Map<UUID, String> planGoals, EvaluationView evaluation, LocalDate today) {
		EvaluationForm form = new EvaluationForm();
		if (evaluation == null) {
			form.heldOn = today;
			form.tookPart = EnumSet.of(Attendee.PARTICIPANT, Attendee.SUPERVISOR, Attendee.COACH);
			planGoals.keySet().forEach(key -> form.goals.add(new Row(key, null, null)));
			return form;
		}
		form.heldOn = evaluation.heldOn();
		form.tookPart = evaluation.tookPart().isEmpty() ? EnumSet.noneOf(Attendee.class)
				: EnumSet.copyOf(evaluation.tookPart());
		for (UUID key : planGoals.keySet()) {
			EvaluationView.GoalView done = evaluation.goals()
				.stream()
				.filter(g -> g.goalKey().equals(key))
				.findFirst()
				.orElse(null);
			form.goals.add(new Row(key, (done != null) ? done.result() : null, (done != null) ? done.remark() : null));
		}
		form.whatHelped = evaluation.whatHelped();
		form.employerContinues = evaluation.employerContinues();
		form.outcome = evaluation.outcome();
		form.hoursPerWeek = (evaluation.hoursPerWeek() != null) ? new BigDecimal(evaluation.hoursPerWeek()) : null;
		form.version = evaluation.version();
		return form;
	}

	EvaluationContent toContent() {
		return new EvaluationContent(this.heldOn, this.tookPart,
				this.goals.stream()
					.map(row -> new EvaluationContent.Goal(row.goalKey, row.result, row.remark))
					.toList(),
				this.whatHelped, this.employerContinues, this.outcome, this.hoursPerWeek);
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public Set<Attendee> getTookPart() {
		return this.tookPart;
	}

	public void setTookPart(Set<Attendee> tookPart) {
		this.tookPart = tookPart;
	}

	public List<Row> getGoals() {
		return this.goals;
	}

	public void setGoals(List<Row> goals) {
		this.goals = goals;
	}

	public String getWhatHelped() {
		return this.whatHelped;
	}

	public void setWhatHelped(String whatHelped) {
		this.whatHelped = whatHelped;
	}

	public String getEmployerContinues() {
		return this.employerContinues;
	}

	public void setEmployerContinues(String employerContinues) {
		this.employerContinues = employerContinues;
	}

	public Outcome getOutcome() {
		return this.outcome;
	}

	public void setOutcome(Outcome outcome) {
		this.outcome = outcome;
	}

	public BigDecimal getHoursPerWeek() {
		return this.hoursPerWeek;
	}

	public void setHoursPerWeek(BigDecimal hoursPerWeek) {
		this.hoursPerWeek = hoursPerWeek;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
