package nl.tandem.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import nl.tandem.participant.WorkValue;
import nl.tandem.platform.DomainRuleException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A work-values check-in: at one moment of the trajectory, for each of the seven work
 * values, how important it is to the participant, whether the work enables it and whether
 * the participant realises it. It is complete or it is not saved: every value has its
 * three answers. The coach may correct it later; a correction of an older version is
 * refused.
 */
@Table("work_value_check_in")
class WorkValueCheckIn {

	@Id
	private Long id;

	private final long organisationId;

	private final long trajectoryId;

	private WorkValueMoment moment;

	private LocalDate takenOn;

	private String remark;

	private final CheckInAuthor enteredBy;

	private Instant recordedAt;

	private long byAccount;

	@MappedCollection(idColumn = "work_value_check_in_id")
	private Set<WorkValueRating> answers;

	@Version
	private Long version;

	@PersistenceCreator
	WorkValueCheckIn(Long id, long organisationId, long trajectoryId, WorkValueMoment moment, LocalDate takenOn,
			String remark, CheckInAuthor enteredBy, Instant recordedAt, long byAccount, Set<WorkValueRating> answers,
			Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.trajectoryId = trajectoryId;
		this.moment = moment;
		this.takenOn = takenOn;
		this.remark = remark;
		this.enteredBy = enteredBy;
		this.recordedAt = recordedAt;
		this.byAccount = byAccount;
		this.answers = new HashSet<>(answers);
		this.version = version;
	}

	/**
	 * A check-in the coach entered.
	 */
	static WorkValueCheckIn take(long organisationId, long trajectoryId, NewWorkValueCheckIn content, LocalDate today,
			Instant at, long byAccount) {
		return take(organisationId, trajectoryId, content, today, at, byAccount, CheckInAuthor.COACH);
	}

	static WorkValueCheckIn take(long organisationId, long trajectoryId, NewWorkValueCheckIn content, LocalDate today,
			Instant at, long byAccount, CheckInAuthor author) {
		WorkValueCheckIn checkIn = new WorkValueCheckIn(null, organisationId, trajectoryId, null, null, null, author,
				at, byAccount, Set.of(), null);
		checkIn.answer(content, today, at, byAccount);
		return checkIn;
	}

	/**
	 * Replaces the answers with corrected ones.
	 */
	void correct(NewWorkValueCheckIn content, LocalDate today, Instant at, long byAccount) {
		answer(content, today, at, byAccount);
	}

	private void answer(NewWorkValueCheckIn content, LocalDate today, Instant at, long byAccount) {
		if (content.moment() == null) {
			throw new DomainRuleException("checkins.moment.required");
		}
		LocalDate day = CheckInRules.day(content.takenOn(), today);
		Set<WorkValue> answered = EnumSet.noneOf(WorkValue.class);
		content.answers().forEach(answer -> answered.add(answer.value()));
		if (content.answers().size() != WorkValue.values().length || answered.size() != WorkValue.values().length) {
			throw new DomainRuleException("checkins.workValues.incomplete");
		}
		String remark = CheckInRules.remark(content.remark());
		this.moment = content.moment();
		this.takenOn = day;
		this.remark = remark;
		this.recordedAt = at;
		this.byAccount = byAccount;
		this.answers = new HashSet<>();
		content.answers().forEach(answer -> this.answers.add(WorkValueRating.of(this.organisationId, answer)));
	}

	Long id() {
		return this.id;
	}

	long trajectoryId() {
		return this.trajectoryId;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
