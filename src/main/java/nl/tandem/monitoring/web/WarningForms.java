package nl.tandem.monitoring.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.tandem.monitoring.IntensificationPlan;
import nl.tandem.monitoring.Zone;
import nl.tandem.monitoring.ZoneContent;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The forms of the early-warning pages. Those that change a plan or a proposal carry the
 * version the coach saw.
 */
final class WarningForms {

	private WarningForms() {
	}

	/**
	 * What one zone of the plan holds: its signals and what each actor does.
	 */
	record ZoneContentForm(@Size(max = 2000, message = "{field.too.long}") String thoughts,
			@Size(max = 2000, message = "{field.too.long}") String feelings,
			@Size(max = 2000, message = "{field.too.long}") String behaviour,
			@Size(max = 2000, message = "{field.too.long}") String othersNotice,
			@Size(max = 2000, message = "{field.too.long}") String participant,
			@Size(max = 2000, message = "{field.too.long}") String supervisor,
			@Size(max = 2000, message = "{field.too.long}") String buddy,
			@Size(max = 2000, message = "{field.too.long}") String coach,
			@Size(max = 2000, message = "{field.too.long}") String network, Long version) {

		ZoneContent content(Zone zone) {
			return new ZoneContent(0, zone, this.thoughts, this.feelings, this.behaviour, this.othersNotice,
					this.participant, this.supervisor, this.buddy, this.coach, this.network);
		}

		static ZoneContentForm of(ZoneContent zone, long version) {
			return new ZoneContentForm(zone.thoughts(), zone.feelings(), zone.behaviour(), zone.othersNotice(),
					zone.participant(), zone.supervisor(), zone.buddy(), zone.coach(), zone.network(), version);
		}

	}

	/**
	 * The day participant and coach agreed the plan.
	 */
	record AgreeForm(
			@NotNull(message = "{warning.agreedOn.invalid}") @DateTimeFormat(iso = ISO.DATE) LocalDate agreedOn,
			Long version) {
	}

	/**
	 * The zone the participant is in on a day.
	 */
	record ZoneForm(@NotNull(message = "{zone.required}") Zone zone,
			@NotNull(message = "{zone.date.invalid}") @DateTimeFormat(iso = ISO.DATE) LocalDate recordedOn,
			@Size(max = 2000, message = "{zone.remark.tooLong}") String remark) {
	}

	/**
	 * Accepting a proposed intensification, as proposed or adapted.
	 */
	record AcceptForm(@NotNull(message = "{intensification.weeks.range}") Integer weeks,
			@NotNull(message = "{intensification.sessionsPerWeek.range}") Integer sessionsPerWeek,
			@NotNull(message = "{intensification.minutes.range}") Integer minutes,
			@NotNull(message = "{intensification.startsOn.invalid}") @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
			Long version) {

		IntensificationPlan plan() {
			return new IntensificationPlan(this.weeks, this.sessionsPerWeek, this.minutes);
		}

		static AcceptForm of(IntensificationPlan plan, LocalDate startsOn, long version) {
			return new AcceptForm(plan.weeks(), plan.sessionsPerWeek(), plan.minutes(), startsOn, version);
		}

	}

	/**
	 * Declining a proposed intensification, with the reason.
	 */
	record DeclineForm(@NotBlank(message = "{intensification.reason.required}") @Size(max = 2000,
			message = "{field.too.long}") String reason, Long version) {
	}

}
