package nl.tandem.trajectory.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import nl.tandem.participant.IntakeContent;
import nl.tandem.participant.ParticipantDetails;
import nl.tandem.participant.WorkValue;
import nl.tandem.trajectory.AssessmentContent;
import nl.tandem.trajectory.ContextEventKind;
import nl.tandem.trajectory.ContractType;
import nl.tandem.trajectory.EndReason;
import nl.tandem.trajectory.Funder;
import nl.tandem.trajectory.GrantDetails;
import nl.tandem.trajectory.PlacementDetails;
import nl.tandem.trajectory.Referral;
import nl.tandem.trajectory.ReferrerKind;
import nl.tandem.trajectory.WorkplaceAssessmentMatch;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The forms of the trajectory pages. Each is a record validated where it is bound; the
 * service checks the rules of the domain.
 */
final class TrajectoryForms {

	private TrajectoryForms() {
	}

	record ReferralForm(Long participantId, @Size(max = 100, message = "{field.too.long}") String givenName,
			@Size(max = 40, message = "{field.too.long}") String familyNamePrefix,
			@Size(max = 100, message = "{field.too.long}") String familyName,
			@DateTimeFormat(iso = ISO.DATE) @Past(message = "{participant.dateOfBirth.past}") LocalDate dateOfBirth,
			@Email(message = "{staff.email.invalid}") @Size(max = 254, message = "{field.too.long}") String email,
			@Size(max = 40, message = "{field.too.long}") String phone, String preferredLanguage,
			@Size(max = 40, message = "{field.too.long}") String reference,
			@NotNull(message = "{referral.kind.required}") ReferrerKind referrerKind,
			@Size(max = 200, message = "{field.too.long}") String referrerName,
			@NotNull(message = "{referral.date.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate referredOn,
			@NotBlank(message = "{referral.reason.required}") @Size(max = 4000,
					message = "{field.too.long}") String reason,
			Long coachId) {

		static ReferralForm blank(LocalDate today) {
			return new ReferralForm(null, "", "", "", null, "", "", "nl", "", null, "", today, "", null);
		}

		boolean newParticipant() {
			return this.participantId == null;
		}

		ParticipantDetails participant() {
			return new ParticipantDetails(this.givenName, this.familyNamePrefix, this.familyName, this.dateOfBirth,
					this.email, this.phone, this.preferredLanguage, this.reference);
		}

		Referral referral() {
			return new Referral(this.referrerKind, this.referrerName, this.referredOn, this.reason);
		}

	}

	record PauseForm(
			@NotBlank(message = "{pause.reason.required}") @Size(max = 2000,
					message = "{field.too.long}") String reason,
			@NotNull(message = "{pause.resume.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate expectedResume,
			Long version) {
	}

	record CloseForm(@NotNull(message = "{close.reason.required}") EndReason endReason,
			@Size(max = 2000, message = "{field.too.long}") String note, Long version) {
	}

	record ReactivateForm(@NotBlank(message = "{reactivate.reason.required}") @Size(max = 2000,
			message = "{field.too.long}") String reason) {
	}

	record AssignForm(@NotNull(message = "{assign.coach.required}") Long coachId,
			@Size(max = 2000, message = "{field.too.long}") String reason, Long version) {
	}

	record PlacementForm(@NotNull(message = "{placement.employer.required}") Long employerId, Long workplaceId,
			Long supervisorContactId, @Size(max = 200, message = "{field.too.long}") String jobTitle,
			@NotNull(message = "{placement.hours.required}") @DecimalMin(value = "0.5",
					message = "{placement.hours.range}") @DecimalMax(value = "60",
							message = "{placement.hours.range}") BigDecimal hoursPerWeek,
			ContractType contractType,
			@NotNull(message = "{placement.start.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate startDate,
			@DateTimeFormat(iso = ISO.DATE) LocalDate endDate, @DateTimeFormat(iso = ISO.DATE) LocalDate probationUntil,
			Long version) {

		PlacementDetails details() {
			return new PlacementDetails(this.employerId, this.workplaceId, this.supervisorContactId, this.jobTitle,
					this.hoursPerWeek, this.contractType, this.startDate, this.endDate, this.probationUntil);
		}

	}

	record GrantForm(@NotNull(message = "{grant.funder.required}") Funder funder,
			@Size(max = 200, message = "{field.too.long}") String funderName,
			@Size(max = 60, message = "{field.too.long}") String reference,
			@NotNull(message = "{grant.start.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate startDate,
			@NotNull(message = "{grant.periodMonths.range}") @Min(value = 1,
					message = "{grant.periodMonths.range}") @Max(value = 24,
							message = "{grant.periodMonths.range}") Integer periodMonths,
			@NotNull(message = "{grant.periods.range}") @Min(value = 1, message = "{grant.periods.range}") @Max(
					value = 12, message = "{grant.periods.range}") Integer periods,
			@NotNull(message = "{grant.hours.range}") @DecimalMin(value = "0.25",
					message = "{grant.hours.range}") @DecimalMax(value = "1000",
							message = "{grant.hours.range}") BigDecimal hoursPerPeriod,
			@NotNull(message = "{grant.tariff.range}") @DecimalMin(value = "0",
					message = "{grant.tariff.range}") @DecimalMax(value = "1000",
							message = "{grant.tariff.range}") BigDecimal hourlyTariff,
			Long version) {

		GrantDetails details() {
			return new GrantDetails(this.funder, this.funderName, this.reference, this.startDate, this.periodMonths,
					this.periods, this.hoursPerPeriod, this.hourlyTariff);
		}

	}

	record EventForm(@NotNull(message = "{event.kind.required}") ContextEventKind kind,
			@NotNull(message = "{event.date.invalid}") @DateTimeFormat(iso = ISO.DATE) LocalDate happenedOn,
			@Size(max = 4000, message = "{field.too.long}") String note, Long version) {
	}

	record IntakeForm(@Size(max = 8000, message = "{field.too.long}") String workHistory,
			@Size(max = 8000, message = "{field.too.long}") String education,
			@Size(max = 8000, message = "{field.too.long}") String strengths,
			@Size(max = 8000, message = "{field.too.long}") String housing,
			@Size(max = 8000, message = "{field.too.long}") String finances,
			@Size(max = 8000, message = "{field.too.long}") String socialNetwork,
			@Size(max = 8000, message = "{field.too.long}") String homeSituation,
			@Size(max = 8000, message = "{field.too.long}") String health,
			@Size(max = 8000, message = "{field.too.long}") String medicationEffects,
			@Size(max = 8000, message = "{field.too.long}") String supportNeeds,
			@Size(max = 8000, message = "{field.too.long}") String wishes, Set<WorkValue> importantWorkValues,
			@Size(max = 8000, message = "{field.too.long}") String ownAgenda, Long version) {

		static IntakeForm of(IntakeContent content, Long version) {
			return new IntakeForm(content.workHistory(), content.education(), content.strengths(), content.housing(),
					content.finances(), content.socialNetwork(), content.homeSituation(), content.health(),
					content.medicationEffects(), content.supportNeeds(), content.wishes(),
					content.importantWorkValues(), content.ownAgenda(), version);
		}

		IntakeContent content() {
			return new IntakeContent(this.workHistory, this.education, this.strengths, this.housing, this.finances,
					this.socialNetwork, this.homeSituation, this.health, this.medicationEffects, this.supportNeeds,
					this.wishes, this.importantWorkValues, this.ownAgenda);
		}

	}

	record AssessmentForm(@Size(max = 8000, message = "{field.too.long}") String tasks,
			@Size(max = 8000, message = "{field.too.long}") String pace,
			@Size(max = 8000, message = "{field.too.long}") String environment,
			@Size(max = 8000, message = "{field.too.long}") String naturalSupport,
			@Size(max = 8000, message = "{field.too.long}") String adjustments, WorkplaceAssessmentMatch match,
			@Size(max = 8000, message = "{field.too.long}") String jobAsks,
			@Size(max = 8000, message = "{field.too.long}") String participantBrings,
			@Size(max = 8000, message = "{field.too.long}") String closingTheGap,
			@DateTimeFormat(iso = ISO.DATE) LocalDate assessedOn, Long version) {

		static AssessmentForm of(AssessmentContent content, Long version) {
			return new AssessmentForm(content.tasks(), content.pace(), content.environment(), content.naturalSupport(),
					content.adjustments(), content.match(), content.jobAsks(), content.participantBrings(),
					content.closingTheGap(), content.assessedOn(), version);
		}

		AssessmentContent content() {
			return new AssessmentContent(this.tasks, this.pace, this.environment, this.naturalSupport, this.adjustments,
					this.match, this.jobAsks, this.participantBrings, this.closingTheGap, this.assessedOn);
		}

	}

}
