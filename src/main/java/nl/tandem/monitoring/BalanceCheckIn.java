package nl.tandem.monitoring;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A short check-in on balance and load, usually after a session: the balance of work and
 * private life, the load against the participant's own limits, sleep and energy (1–5),
 * and an optional remark. The coach may correct it; a correction of an older version is
 * refused.
 */
@Table("balance_check_in")
class BalanceCheckIn {

	@Id
	private Long id;

	private final long organisationId;

	private final long trajectoryId;

	private LocalDate takenOn;

	private int balance;

	private int load;

	private int sleep;

	private int energy;

	private String remark;

	private final CheckInAuthor enteredBy;

	private Instant recordedAt;

	private long byAccount;

	@Version
	private Long version;

	@PersistenceCreator
	BalanceCheckIn(Long id, long organisationId, long trajectoryId, LocalDate takenOn, int balance, int load, int sleep,
			int energy, String remark, CheckInAuthor enteredBy, Instant recordedAt, long byAccount, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.trajectoryId = trajectoryId;
		this.takenOn = takenOn;
		this.balance = balance;
		this.load = load;
		this.sleep = sleep;
		this.energy = energy;
		this.remark = remark;
		this.enteredBy = enteredBy;
		this.recordedAt = recordedAt;
		this.byAccount = byAccount;
		this.version = version;
	}

	static BalanceCheckIn take(long organisationId, long trajectoryId, NewBalanceCheckIn content, LocalDate today,
			Instant at, long byAccount) {
		return take(organisationId, trajectoryId, content, today, at, byAccount, CheckInAuthor.COACH);
	}

	static BalanceCheckIn take(long organisationId, long trajectoryId, NewBalanceCheckIn content, LocalDate today,
			Instant at, long byAccount, CheckInAuthor author) {
		BalanceCheckIn checkIn = new BalanceCheckIn(null, organisationId, trajectoryId, null, 0, 0, 0, 0, null, author,
				at, byAccount, null);
		checkIn.answer(content, today, at, byAccount);
		return checkIn;
	}

	void correct(NewBalanceCheckIn content, LocalDate today, Instant at, long byAccount) {
		answer(content, today, at, byAccount);
	}

	private void answer(NewBalanceCheckIn content, LocalDate today, Instant at, long byAccount) {
		LocalDate day = CheckInRules.day(content.takenOn(), today);
		if (content.scores() == null) {
			throw new nl.tandem.platform.DomainRuleException("checkins.answer.range");
		}
		String remark = CheckInRules.remark(content.remark());
		BalanceScores scores = content.scores();
		this.takenOn = day;
		this.balance = scores.balance();
		this.load = scores.load();
		this.sleep = scores.sleep();
		this.energy = scores.energy();
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
