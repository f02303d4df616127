package nl.tandem.plan.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.tandem.plan.Actor;
import nl.tandem.plan.AttentionDomain;
import nl.tandem.plan.Goal;
import nl.tandem.plan.GoalArea;
import nl.tandem.plan.GoalKind;
import nl.tandem.plan.GoalStatus;
import nl.tandem.plan.Party;
import nl.tandem.plan.SignOffMethod;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The forms of the plan pages. Each carries the version of the plan the user saw.
 */
final class PlanForms {

	private PlanForms() {
	}

	record BasicsForm(@DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
			@DateTimeFormat(iso = ISO.DATE) LocalDate endsOn,
			@Size(max = 4000, message = "{field.too.long}") String expectationParticipant,
			@Size(max = 4000, message = "{field.too.long}") String expectationEmployer,
			@Size(max = 4000, message = "{field.too.long}") String expectationCoach, Long version) {
	}

	record GoalForm(@NotNull(message = "{goal.area.required}") GoalArea area,
			@NotNull(message = "{goal.kind.required}") GoalKind kind,
			@NotBlank(message = "{goal.description.required}") @Size(max = 2000,
					message = "{field.too.long}") String description,
			@Size(max = 2000, message = "{field.too.long}") String why,
			@Size(max = 2000, message = "{field.too.long}") String progressSign,
			@DateTimeFormat(iso = ISO.DATE) LocalDate targetDate, Long version) {

		Goal.Content content() {
			return new Goal.Content(this.area, this.kind, this.description, this.why, this.progressSign,
					this.targetDate);
		}

		static GoalForm of(Goal goal, long version) {
			return new GoalForm(goal.area(), goal.kind(), goal.description(), goal.why(), goal.progressSign(),
					goal.targetDate(), version);
		}

	}

	record PointForm(@NotNull(message = "{attention.domain.required}") AttentionDomain domain,
			@Size(max = 200, message = "{field.too.long}") String label,
			@NotBlank(message = "{attention.description.required}") @Size(max = 2000,
					message = "{field.too.long}") String description,
			Long version) {
	}

	record AgreementForm(@NotNull(message = "{agreement.actor.required}") Actor actor,
			@NotBlank(message = "{agreement.what.required}") @Size(max = 2000,
					message = "{field.too.long}") String what,
			@DateTimeFormat(iso = ISO.DATE) LocalDate dueOn, Long version) {
	}

	record SignOffForm(@NotNull(message = "{signOff.party.required}") Party party,
			@NotNull(message = "{signOff.date.invalid}") @DateTimeFormat(iso = ISO.DATE) LocalDate agreedOn,
			@NotNull(message = "{signOff.how.required}") SignOffMethod how, Long version) {
	}

	record ProgressForm(@NotNull(message = "{progress.status.required}") GoalStatus status,
			@Min(value = 0, message = "{progress.score.range}") @Max(value = 10,
					message = "{progress.score.range}") Integer score,
			@Size(max = 2000, message = "{field.too.long}") String note) {
	}

}
