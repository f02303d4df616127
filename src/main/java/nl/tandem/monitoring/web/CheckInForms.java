package nl.tandem.monitoring.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.tandem.monitoring.AllianceAnswers;
import nl.tandem.monitoring.AllianceCheckInView;
import nl.tandem.monitoring.BalanceCheckInView;
import nl.tandem.monitoring.BalanceScores;
import nl.tandem.monitoring.NewAllianceCheckIn;
import nl.tandem.monitoring.NewBalanceCheckIn;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The forms of the balance and load check-in and of the working-alliance questionnaire.
 * An answer that is missing or off the scale is reported next to its question.
 */
final class CheckInForms {

	private CheckInForms() {
	}

	/**
	 * Balance and load: four questions on a scale of 1 to 5 and a remark.
	 */
	record BalanceForm(@NotNull(message = "{checkins.date.invalid}") @DateTimeFormat(iso = ISO.DATE) LocalDate takenOn,
			@NotNull(message = "{checkins.answer.required}") @Min(value = 1, message = "{checkins.answer.range}") @Max(
					value = 5, message = "{checkins.answer.range}") Integer balance,
			@NotNull(message = "{checkins.answer.required}") @Min(value = 1, message = "{checkins.answer.range}") @Max(
					value = 5, message = "{checkins.answer.range}") Integer load,
			@NotNull(message = "{checkins.answer.required}") @Min(value = 1, message = "{checkins.answer.range}") @Max(
					value = 5, message = "{checkins.answer.range}") Integer sleep,
			@NotNull(message = "{checkins.answer.required}") @Min(value = 1, message = "{checkins.answer.range}") @Max(
					value = 5, message = "{checkins.answer.range}") Integer energy,
			@Size(max = 2000, message = "{checkins.remark.tooLong}") String remark, Long version) {

		static BalanceForm blank(LocalDate on) {
			return new BalanceForm(on, null, null, null, null, "", null);
		}

		static BalanceForm of(BalanceCheckInView checkIn) {
			BalanceScores scores = checkIn.scores();
			return new BalanceForm(checkIn.takenOn(), scores.balance(), scores.load(), scores.sleep(), scores.energy(),
					checkIn.remark(), checkIn.version());
		}

		NewBalanceCheckIn toCheckIn() {
			return new NewBalanceCheckIn(this.takenOn,
					new BalanceScores(WorkValueCheckInForm.orZero(this.balance), WorkValueCheckInForm.orZero(this.load),
							WorkValueCheckInForm.orZero(this.sleep), WorkValueCheckInForm.orZero(this.energy)),
					this.remark);
		}

	}

	/**
	 * The working alliance: six statements on a scale of 1 to 5 and a remark.
	 */
	record AllianceForm(@NotNull(message = "{checkins.date.invalid}") @DateTimeFormat(iso = ISO.DATE) LocalDate takenOn,
			@NotNull(message = "{checkins.answer.required}") @Min(value = 1, message = "{checkins.answer.range}") @Max(
					value = 5, message = "{checkins.answer.range}") Integer goalsShared,
			@NotNull(message = "{checkins.answer.required}") @Min(value = 1, message = "{checkins.answer.range}") @Max(
					value = 5, message = "{checkins.answer.range}") Integer goalsClear,
			@NotNull(message = "{checkins.answer.required}") @Min(value = 1, message = "{checkins.answer.range}") @Max(
					value = 5, message = "{checkins.answer.range}") Integer tasksHelpful,
			@NotNull(message = "{checkins.answer.required}") @Min(value = 1, message = "{checkins.answer.range}") @Max(
					value = 5, message = "{checkins.answer.range}") Integer tasksAgreed,
			@NotNull(message = "{checkins.answer.required}") @Min(value = 1, message = "{checkins.answer.range}") @Max(
					value = 5, message = "{checkins.answer.range}") Integer bondTrust,
			@NotNull(message = "{checkins.answer.required}") @Min(value = 1, message = "{checkins.answer.range}") @Max(
					value = 5, message = "{checkins.answer.range}") Integer bondRespect,
			@Size(max = 2000, message = "{checkins.remark.tooLong}") String remark, Long version) {

		static AllianceForm blank(LocalDate on) {
			return new AllianceForm(on, null, null, null, null, null, null, "", null);
		}

		static AllianceForm of(AllianceCheckInView checkIn) {
			AllianceAnswers a = checkIn.answers();
			return new AllianceForm(checkIn.takenOn(), a.goalsShared(), a.goalsClear(), a.tasksHelpful(),
					a.tasksAgreed(), a.bondTrust(), a.bondRespect(), checkIn.remark(), checkIn.version());
		}

		NewAllianceCheckIn toCheckIn() {
			return new NewAllianceCheckIn(this.takenOn,
					new AllianceAnswers(WorkValueCheckInForm.orZero(this.goalsShared),
							WorkValueCheckInForm.orZero(this.goalsClear),
							WorkValueCheckInForm.orZero(this.tasksHelpful),
							WorkValueCheckInForm.orZero(this.tasksAgreed), WorkValueCheckInForm.orZero(this.bondTrust),
							WorkValueCheckInForm.orZero(this.bondRespect)),
					this.remark);
		}

	}

}
