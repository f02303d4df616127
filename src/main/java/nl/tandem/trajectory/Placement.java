package nl.tandem.trajectory;

import java.time.LocalDate;

import nl.tandem.platform.DomainRuleException;

/**
 * A job of the participant: at which employer and workplace, with which supervisor, how
 * many hours a week (in minutes), on which contract, from when to when (if it ends), and
 * the end of the probation period.
 */
record Placement(long organisationId, long employerId, Long workplaceId, Long supervisorContactId, String jobTitle,
		int minutesPerWeek, ContractType contractType, LocalDate startDate, LocalDate endDate,
		LocalDate probationUntil) {

	static final int MAX_MINUTES_PER_WEEK = 60 * 60;

	Placement {
		if (startDate == null) {
			throw new DomainRuleException("placement.start.required");
		}
		if (endDate != null && endDate.isBefore(startDate)) {
			throw new DomainRuleException("placement.end.beforeStart");
		}
		if (minutesPerWeek <= 0 || minutesPerWeek > MAX_MINUTES_PER_WEEK) {
			throw new DomainRuleException("placement.hours.range");
		}
		if (probationUntil != null && probationUntil.isBefore(startDate)) {
			throw new DomainRuleException("placement.probation.beforeStart");
		}
	}

	boolean isCurrentOn(LocalDate day) {
		return !this.startDate.isAfter(day) && (this.endDate == null || !this.endDate.isBefore(day));
	}

	Placement endingOn(LocalDate day) {
		return new Placement(this.organisationId, this.employerId, this.workplaceId, this.supervisorContactId,
				this.jobTitle, this.minutesPerWeek, this.contractType, this.startDate, day, this.probationUntil);
	}

}
