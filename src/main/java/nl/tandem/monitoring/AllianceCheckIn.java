package nl.tandem.monitoring;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A working-alliance questionnaire: the participant's answers to six statements on
 * agreement about goals, agreement about tasks and the bond with the coach (1–5), entered
 * by the coach for now. Its score and what it signals follow {@link AllianceRules}. The
 * coach may correct it; a correction of an older version is refused.
 */
@Table("alliance_check_in")
class AllianceCheckIn {

	@Id
	private Long id;

	private final long organisationId;

	private final long trajectoryId;

	private LocalDate takenOn;

	private int goalsShared;

	private int goalsClear;

	private int tasksHelpful;

	private int tasksAgreed;

	private int bondTrust;

	private int bondRespect;

	private String remark;

	private final CheckInAuthor enteredBy;

	private Instant recordedAt;

	private long byAccount;

	@Version
	private Long version;

	@PersistenceCreator
	AllianceCheckIn(Long id, long organisationId, long trajectoryId, LocalDate takenOn, int goalsShared, int goalsClear,
			int tasksHelpful, int tasksAgreed, int bondTrust, int bondRespect, String remark, CheckInAuthor enteredBy,
			Instant recordedAt, long byAccount, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.trajectoryId = trajectoryId;
		this.takenOn = takenOn;
		this.goalsShared = goalsShared;
		this.goalsClear = goalsClear;
		this.tasksHelpful = tasksHelpful;
		this.tasksAgreed = tasksAgreed;
		this.bondTrust = bondTrust;
		this.bondRespect = bondRespect;
		this.remark = remark;
		this.enteredBy = enteredBy;
		this.recordedAt = recordedAt;
		this.byAccount = byAccount;
		this.version = version;
	}

	static AllianceCheckIn take(long organisationId, long trajectoryId, NewAllianceCheckIn content, LocalDate today,
			Instant at, long byAccount) {
		return take(organisationId, trajectoryId, content, today, at, byAccount, CheckInAuthor.COACH);
	}

	static AllianceCheckIn take(long organisationId, long trajectoryId, NewAllianceCheckIn content, LocalDate today,
			Instant at, long byAccount, CheckInAuthor author) {
		AllianceCheckIn checkIn = new AllianceCheckIn(null, organisationId, trajectoryId, null, 0, 0, 0, 0, 0, 0, null,
				author, at, byAccount, null);
		checkIn.answer(content, today, at, byAccount);
		return checkIn;
	}

	void correct(NewAllianceCheckIn content, LocalDate today, Instant at, long byAccount) {
		answer(content, today, at, byAccount);
	}

	private void answer(NewAllianceCheckIn content, LocalDate today, Instant at, long byAccount) {
		LocalDate day = CheckInRules.day(content.takenOn(), today);
		if (content.answers() == null) {
			throw new nl.tandem.platform.DomainRuleException("checkins.answer.range");
		}
		String remark = CheckInRules.remark(content.remark());
		AllianceAnswers answers = content.answers();
		this.takenOn = day;
		this.goalsShared = answers.goalsShared();
		this.goalsClear = answers.goalsClear();
		this.tasksHelpful = answers.tasksHelpful();
		this.tasksAgreed = answers.tasksAgreed();
		this.bondTrust = answers.bondTrust();
		this.bondRespect = answers.bondRespect();
		this.remark = remark;
		this.recordedAt = at;
		this.byAccount = byAccount;
	}

	Long id() {
		return this.id;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
