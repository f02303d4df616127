package nl.tandem.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.tandem.audit.AccessLog;
import nl.tandem.identity.CurrentUser;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The satisfaction ratings of participant and employer (0 to 10), per grant period and at
 * the end. The coach enters them for now (the portal will call the same methods for the
 * participant and the employer); the team lead reads them. One rating per moment: a
 * second one for the same period is refused, the first is corrected instead. Funders ask
 * for an average of at least {@link #NORM}.
 */
@Service
@Transactional
public class Ratings {

	/**
	 * The average satisfaction funders ask for.
	 */
	public static final double NORM = SatisfactionRating.NORM;

	/**
	 * The period number of the rating at the end of the coaching.
	 */
	public static final int END = SatisfactionRating.END;

	/**
	 * The longest remark the employer may give with a rating.
	 */
	public static final int MAX_REMARK = 2000;

	private final SatisfactionRatingRepository ratings;

	private final Evaluations evaluations;

	private final AccessLog accessLog;

	private final JdbcClient jdbc;

	private final Clock clock;

	Ratings(SatisfactionRatingRepository ratings, Evaluations evaluations, AccessLog accessLog, JdbcClient jdbc,
			Clock clock) {
		this.ratings = ratings;
		this.evaluations = evaluations;
		this.accessLog = accessLog;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records the ratings of one moment.
	 * @return the id of the rating
	 */
	public long record(CurrentUser user, long trajectoryId, NewRating rating) {
		TrajectoryFrame frame = requireWriter(user, trajectoryId, rating);
		if (taken(frame, rating.periodNumber())) {
			throw new DomainRuleException("rating.period.taken");
		}
		try {
			long id = this.ratings
				.save(SatisfactionRating.of(frame.organisationId(), frame.id(), rating, this.clock.instant(),
						user.accountId()))
				.id();
			this.accessLog.changed(user, frame.participantId(), "SATISFACTION");
			return id;
		}
		catch (DuplicateKeyException ex) {
			throw new DomainRuleException("rating.period.taken");
		}
	}

	/**
	 * Corrects the ratings of one moment, as they were opened at {@code version}.
	 */
	public void correct(CurrentUser user, long trajectoryId, long ratingId, long version, NewRating rating) {
		TrajectoryFrame frame = requireWriter(user, trajectoryId, rating);
		SatisfactionRating stored = find(frame, ratingId);
		ConcurrentEditException.check("rating", ratingId, stored.version(), version);
		stored.correct(rating, this.clock.instant(), user.accountId());
		try {
			this.ratings.save(stored);
		}
		catch (DuplicateKeyException ex) {
			throw new DomainRuleException("rating.period.taken");
		}
		this.accessLog.changed(user, frame.participantId(), "SATISFACTION");
	}

	/**
	 * One rating of a trajectory, for its coach and team lead.
	 */
	@Transactional(readOnly = true)
	public RatingView rating(CurrentUser user, long trajectoryId, long ratingId) {
		TrajectoryFrame frame = this.evaluations.frame(user, trajectoryId);
		return ofTrajectory(frame.organisationId(), frame.id()).stream()
			.filter(r -> r.id() == ratingId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("rating", ratingId));
	}

	/**
	 * The ratings of a trajectory, by period with the end last, in one query. The caller
	 * has decided that the user may see the trajectory.
	 */
	@Transactional(readOnly = true)
	public List<RatingView> ofTrajectory(long organisationId, long trajectoryId) {
		return this.jdbc
			.sql("""
					select id, period_number, rated_on, participant_score, employer_score, remark, employer_remark, participant_remark,
					       version
					from satisfaction_rating where organisation_id = :organisation and trajectory_id = :trajectory
					order by period_number = 0, period_number
					""")
			.param("organisation", organisationId)
			.param("trajectory", trajectoryId)
			.query((rs, row) -> new RatingView(rs.getLong("id"), rs.getInt("period_number"),
					rs.getObject("rated_on", LocalDate.class), (Integer) rs.getObject("participant_score"),
					(Integer) rs.getObject("employer_score"), rs.getString("remark"), rs.getString("employer_remark"),
					rs.getString("participant_remark"), rs.getLong("version")))
			.list();
	}

	/**
	 * The moment the participant or the employer is asked for their satisfaction now, if
	 * any: the end of the coaching while the trajectory is in evaluation, else the latest
	 * grant period that has ended or ends within two weeks; not when that rater already
	 * gave a score for it. The frame is the proof that the caller may see the trajectory.
	 */
	@Transactional(readOnly = true)
	public Optional<RatingDue> dueFor(TrajectoryFrame frame, Rater rater) {
		LocalDate today = this.evaluations.today();
		Integer moment = switch (frame.phase()) {
			case EVALUATION -> END;
			case ACTIVE, PHASING_OUT,
					PAUSED ->
				(frame.grant() == null) ? null
						: frame.grant()
							.periods()
							.stream()
							.filter(p -> !p.start().isAfter(today) && !p.end().isAfter(today.plusDays(14)))
							.map(p -> p.number())
							.reduce((first, second) -> second)
							.orElse(null);
			default -> null;
		};
		if (moment == null) {
			return Optional.empty();
		}
		RatingView stored = ofTrajectory(frame.organisationId(), frame.id()).stream()
			.filter(r -> r.periodNumber() == moment)
			.findFirst()
			.orElse(null);
		Integer given = (stored == null) ? null
				: (rater == Rater.EMPLOYER) ? stored.employerScore() : stored.participantScore();
		if (given != null) {
			return Optional.empty();
		}
		return Optional.of(new RatingDue(moment, (stored != null) ? stored.version() : -1));
	}

	/**
	 * The moment a rater is asked to rate, and the version of the rating of that moment
	 * that may already exist ({@code -1} when there is none).
	 */
	public record RatingDue(int periodNumber, long version) {

		public boolean atEnd() {
			return this.periodNumber == END;
		}

	}

	/**
	 * Records the participant's or the employer contact's own satisfaction (0 to 10) and
	 * remark for the moment that is due, as they opened it at {@code version}; the other
	 * party's score and what the coach recorded stay as they are.
	 */
	public void rateAs(CurrentUser user, TrajectoryFrame frame, Rater rater, int periodNumber, Integer score,
			String remark, long version) {
		boolean isRater = (rater == Rater.EMPLOYER) ? user.employerContactId().isPresent()
				: user.participantId().isPresent() && user.participantId().getAsLong() == frame.participantId();
		if (!isRater) {
			throw new AccessDeniedException("Only the participant and the employer contact rate for themselves");
		}
		if (score == null) {
			throw new DomainRuleException("rating.employer.score.required");
		}
		if (score < 0 || score > 10) {
			throw new DomainRuleException("rating.score.range");
		}
		String text = EvaluationContent.strip(remark);
		if (text != null && text.length() > MAX_REMARK) {
			throw new DomainRuleException("rating.remark.tooLong");
		}
		RatingDue due = dueFor(frame, rater).filter(d -> d.periodNumber() == periodNumber)
			.orElseThrow(() -> new DomainRuleException("rating.notDue"));
		ConcurrentEditException.check("rating", periodNumber, due.version(), version);
		SatisfactionRating rating = this.ratings
			.findByOrganisationIdAndTrajectoryIdAndPeriodNumber(frame.organisationId(), frame.id(), periodNumber)
			.orElse(null);
		try {
			if (rating == null) {
				this.ratings.save(SatisfactionRating.ofRater(frame.organisationId(), frame.id(), periodNumber, rater,
						score, text, this.clock.instant(), user.accountId()));
			}
			else {
				rating.ratedBy(rater, score, text, this.clock.instant(), user.accountId());
				this.ratings.save(rating);
			}
		}
		catch (DuplicateKeyException ex) {
			throw new ConcurrentEditException("rating", periodNumber);
		}
		this.accessLog.changed(user, frame.participantId(), "SATISFACTION");
	}

	private TrajectoryFrame requireWriter(CurrentUser user, long trajectoryId, NewRating rating) {
		TrajectoryFrame frame = this.evaluations.frame(user, trajectoryId);
		if (!Evaluations.isCoach(user, frame.coachId())) {
			throw new AccessDeniedException("Only the trajectory's coach enters ratings");
		}
		if (frame.phase() == Phase.REFERRED || frame.phase() == Phase.INTAKE || frame.phase() == Phase.PLANNING) {
			throw new DomainRuleException("rating.notNow");
		}
		int periods = (frame.grant() != null) ? frame.grant().periods().size() : 0;
		if (rating.periodNumber() < 0 || rating.periodNumber() > periods) {
			throw new DomainRuleException("rating.period.unknown");
		}
		if (rating.ratedOn() == null || rating.ratedOn().isAfter(this.evaluations.today())) {
			throw new DomainRuleException("rating.date.invalid");
		}
		return frame;
	}

	private boolean taken(TrajectoryFrame frame, int periodNumber) {
		return this.jdbc.sql("""
				select exists (select 1 from satisfaction_rating
				  where organisation_id = :organisation and trajectory_id = :trajectory and period_number = :period)
				""")
			.param("organisation", frame.organisationId())
			.param("trajectory", frame.id())
			.param("period", periodNumber)
			.query(Boolean.class)
			.single();
	}

	private SatisfactionRating find(TrajectoryFrame frame, long ratingId) {
		return this.ratings.findByIdAndOrganisationIdAndTrajectoryId(ratingId, frame.organisationId(), frame.id())
			.orElseThrow(() -> new NotFoundException("rating", ratingId));
	}

}
