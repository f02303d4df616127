package nl.tandem.evaluation;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * How satisfied the participant and the employer are with the coaching, each 0 to 10, at
 * the end of a grant period or at the end of the coaching; one per moment. Funders ask
 * for an average of at least {@link #NORM}. The coach enters them for now, the portal
 * will let participant and employer give them themselves.
 */
@Table("satisfaction_rating")
class SatisfactionRating {

	/**
	 * The period number of the rating at the end of the coaching.
	 */
	static final int END = 0;

	/**
	 * The average satisfaction funders ask for.
	 */
	static final double NORM = 6.5;

	@Id
	private Long id;

	private final long organisationId;

	private final long trajectoryId;

	private int periodNumber;

	private LocalDate ratedOn;

	private Integer participantScore;

	private Integer employerScore;

	private String remark;

	private String employerRemark;

	private String participantRemark;

	private Instant recordedAt;

	private long byAccount;

	@Version
	private Long version;

	@PersistenceCreator
	SatisfactionRating(Long id, long organisationId, long trajectoryId, int periodNumber, LocalDate ratedOn,
			Integer participantScore, Integer employerScore, String remark, String employerRemark,
			String participantRemark, Instant recordedAt, long byAccount, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.trajectoryId = trajectoryId;
		this.periodNumber = periodNumber;
		this.ratedOn = ratedOn;
		this.participantScore = participantScore;
		this.employerScore = employerScore;
		this.remark = remark;
		this.employerRemark = employerRemark;
		this.participantRemark = participantRemark;
		this.recordedAt = recordedAt;
		this.byAccount = byAccount;
		this.version = version;
	}

	static SatisfactionRating of(long organisationId, long trajectoryId, NewRating rating, Instant at, long byAccount) {
		SatisfactionRating created = new SatisfactionRating(null, organisationId, trajectoryId, rating.periodNumber(),
				null, null, null, null, null, null, at, byAccount, null);
		created.correct(rating, at, byAccount);
		return created;
	}

	void correct(NewRating rating, Instant at, long byAccount) {
		this.periodNumber = rating.periodNumber();
		this.ratedOn = rating.ratedOn();
		this.participantScore = rating.participantScore();
		this.employerScore = rating.employerScore();
		this.remark = rating.remark();
		this.recordedAt = at;
		this.byAccount = byAccount;
	}

	/**
	 * A rating the participant or the employer gives in the portal: their own score and
	 * remark, beside what the coach recorded.
	 */
	static SatisfactionRating ofRater(long organisationId, long trajectoryId, int periodNumber, Rater rater, int score,
			String remark, Instant at, long byAccount) {
		SatisfactionRating created = new SatisfactionRating(null, organisationId, trajectoryId, periodNumber, null,
				null, null, null, null, null, at, byAccount, null);
		created.ratedBy(rater, score, remark, at, byAccount);
		return created;
	}

	void ratedBy(Rater rater, int score, String remark, Instant at, long byAccount) {
		if (rater == Rater.EMPLOYER) {
			this.employerScore = score;
			this.employerRemark = remark;
		}
		else {
			this.participantScore = score;
			this.participantRemark = remark;
		}
		if (this.ratedOn == null) {
			this.ratedOn = at.atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate();
		}
		this.recordedAt = at;
		this.byAccount = byAccount;
	}

	Integer employerScore() {
		return this.employerScore;
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

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
