package nl.tandem.evaluation;

import java.time.Instant;
import java.time.LocalDate;

import nl.tandem.platform.DomainRuleException;
import nl.tandem.trajectory.Hours;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A short check, 6, 12 or 24 months after a trajectory closed, whether the person still
 * works: scheduled when the trajectory closes, recorded by the coach when due (and
 * corrected if need be). What it finds may lead to a re-activation.
 */
@Table("follow_up")
class FollowUp {

	@Id
	private Long id;

	private final long organisationId;

	private final long trajectoryId;

	private final int months;

	private final LocalDate dueOn;

	private LocalDate checkedOn;

	private Outcome situation;

	private Integer minutesPerWeek;

	private String remark;

	private Instant recordedAt;

	private Long byAccount;

	@Version
	private Long version;

	@PersistenceCreator
	FollowUp(Long id, long organisationId, long trajectoryId, int months, LocalDate dueOn, LocalDate checkedOn,
			Outcome situation, Integer minutesPerWeek, String remark, Instant recordedAt, Long byAccount,
			Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.trajectoryId = trajectoryId;
		this.months = months;
		this.dueOn = dueOn;
		this.checkedOn = checkedOn;
		this.situation = situation;
		this.minutesPerWeek = minutesPerWeek;
		this.remark = remark;
		this.recordedAt = recordedAt;
		this.byAccount = byAccount;
		this.version = version;
	}

	/**
	 * Records what the check found; not before the trajectory closed ({@code closedOn}).
	 */
	void record(FollowUpResult result, LocalDate closedOn, LocalDate today, Instant at, long byAccount) {
		if (result.checkedOn() == null || result.checkedOn().isAfter(today)
				|| (closedOn != null && result.checkedOn().isBefore(closedOn))) {
			throw new DomainRuleException("followUp.date.invalid");
		}
		this.checkedOn = result.checkedOn();
		this.situation = result.situation();
		this.minutesPerWeek = (result.hoursPerWeek() != null) ? Hours.minutes(result.hoursPerWeek()) : null;
		this.remark = result.remark();
		this.recordedAt = at;
		this.byAccount = byAccount;
	}

	Long id() {
		return this.id;
	}

	long organisationId() {
		return this.organisationId;
	}

	long trajectoryId() {
		return this.trajectoryId;
	}

	int months() {
		return this.months;
	}

	LocalDate dueOn() {
		return this.dueOn;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
