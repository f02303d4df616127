package nl.tandem.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.tandem.audit.AccessLog;
import nl.tandem.coaching.Sessions;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.monitoring.CheckInOverview.DueCheckIn;
import nl.tandem.monitoring.CheckInSignals.AllianceStatus;
import nl.tandem.monitoring.CheckInSignals.LatestBalance;
import nl.tandem.monitoring.CheckInSignals.ValuesDroppedOut;
import nl.tandem.participant.WorkValue;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.GrantPeriod;
import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryDetails;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three check-ins of monitoring: work values (the capability set for work), balance
 * and load, and the working alliance.
 * <p>
 * <b>Access.</b> The answers are sensitive. Only the trajectory's coach enters, corrects
 * and reads them (the participant will, in the portal); for anybody else — the team lead
 * and administrator included — a trajectory's check-ins do not exist (404). Every read of
 * answers and every change is written to the {@link AccessLog}.
 * <p>
 * <b>Signals.</b> The set-based read models at the end ({@link #droppedOut},
 * {@link #latestAlliance}, {@link #allianceDue}, {@link #latestBalance}) serve lists over
 * many trajectories (the signals, phase-out readiness): one SQL query each over this
 * module's tables, whatever the number of trajectories. They take no user: the caller has
 * already decided which trajectories the user may see, shows the scores to the coach
 * only, and logs that it did.
 */
@Service
@Transactional
public class CheckIns {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	/**
	 * How many balance check-ins the trajectory page's trend shows.
	 */
	static final int TREND = 8;

	private final WorkValueCheckInRepository workValues;

	private final BalanceCheckInRepository balance;

	private final AllianceCheckInRepository alliance;

	private final CheckInQueries queries;

	private final Trajectories trajectories;

	private final Sessions sessions;

	private final AccessLog accessLog;

	private final Clock clock;

	CheckIns(WorkValueCheckInRepository workValues, BalanceCheckInRepository balance,
			AllianceCheckInRepository alliance, CheckInQueries queries, Trajectories trajectories, Sessions sessions,
			AccessLog accessLog, Clock clock) {
		this.workValues = workValues;
		this.balance = balance;
		this.alliance = alliance;
		this.queries = queries;
		this.trajectories = trajectories;
		this.sessions = sessions;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/**
	 * The trajectory for its coach; for anybody else it does not exist.
	 */
	@Transactional(readOnly = true)
	public TrajectoryFrame frame(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame;
		try {
			frame = this.trajectories.frame(user, trajectoryId);
		}
		catch (AccessDeniedException ex) {
			throw new NotFoundException("check-ins of trajectory", trajectoryId);
		}
		return requireCoach(frame, user);
	}

	/**
	 * Whether the user is the trajectory's coach, the only one who may see its check-ins.
	 */
	public static boolean isCoach(CurrentUser user, Long coachId) {
		return user.has(Role.COACH) && user.personId() != null && Objects.equals(coachId, user.personId());
	}

	// work values

	/**
	 * Records a work-values check-in: all seven values answered, or nothing is saved.
	 * @return the id of the check-in
	 */
	public long recordWorkValues(CurrentUser user, long trajectoryId, NewWorkValueCheckIn content) {
		TrajectoryFrame frame = requireOpen(user, trajectoryId);
		WorkValueCheckIn checkIn = this.workValues.save(WorkValueCheckIn.take(user.organisationId(), trajectoryId,
				content, today(), this.clock.instant(), user.accountId()));
		this.accessLog.changed(user, frame.participantId(), "WORK_VALUES");
		return checkIn.id();
	}

	/**
	 * Corrects a work-values check-in that was opened at {@code version}.
	 */
	public void correctWorkValues(CurrentUser user, long trajectoryId, long checkInId, long version,
			NewWorkValueCheckIn content) {
		TrajectoryFrame frame = requireOpen(user, trajectoryId);
		WorkValueCheckIn checkIn = this.workValues
			.findByIdAndOrganisationIdAndTrajectoryId(checkInId, user.organisationId(), trajectoryId)
			.orElseThrow(() -> new NotFoundException("work-values check-in", checkInId));
		ConcurrentEditException.check("work-values check-in", checkInId, checkIn.version(), version);
		checkIn.correct(content, today(), this.clock.instant(), user.accountId());
		this.workValues.save(checkIn);
		this.accessLog.changed(user, frame.participantId(), "WORK_VALUES");
	}

	/**
	 * Every work-values check-in of the trajectory, newest first.
	 */
	@Transactional(readOnly = true)
	public List<WorkValueCheckInView> workValues(CurrentUser user, TrajectoryFrame frame) {
		requireCoach(frame, user);
		List<WorkValueCheckInView> checkIns = this.queries.workValues(frame.organisationId(), frame.id(),
				Integer.MAX_VALUE);
		logRead(user, frame, !checkIns.isEmpty(), "WORK_VALUES");
		return checkIns;
	}

	/**
	 * One work-values check-in, e.g. to correct it.
	 */
	@Transactional(readOnly = true)
	public WorkValueCheckInView workValueCheckIn(CurrentUser user, TrajectoryFrame frame, long checkInId) {
		return workValues(user, frame).stream()
			.filter(checkIn -> checkIn.id() == checkInId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("work-values check-in", checkInId));
	}

	// balance and load

	/**
	 * Records a balance and load check-in.
	 * @return the id of the check-in
	 */
	public long recordBalance(CurrentUser user, long trajectoryId, NewBalanceCheckIn content) {
		TrajectoryFrame frame = requireOpen(user, trajectoryId);
		BalanceCheckIn checkIn = this.balance.save(BalanceCheckIn.take(user.organisationId(), trajectoryId, content,
				today(), this.clock.instant(), user.accountId()));
		this.accessLog.changed(user, frame.participantId(), "BALANCE_CHECK_INS");
		return checkIn.id();
	}

	/**
	 * Corrects a balance and load check-in that was opened at {@code version}.
	 */
	public void correctBalance(CurrentUser user, long trajectoryId, long checkInId, long version,
			NewBalanceCheckIn content) {
		TrajectoryFrame frame = requireOpen(user, trajectoryId);
		BalanceCheckIn checkIn = this.balance
			.findByIdAndOrganisationIdAndTrajectoryId(checkInId, user.organisationId(), trajectoryId)
			.orElseThrow(() -> new NotFoundException("balance check-in", checkInId));
		ConcurrentEditException.check("balance check-in", checkInId, checkIn.version(), version);
		checkIn.correct(content, today(), this.clock.instant(), user.accountId());
		this.balance.save(checkIn);
		this.accessLog.changed(user, frame.participantId(), "BALANCE_CHECK_INS");
	}

	/**
	 * Every balance and load check-in of the trajectory, newest first.
	 */
	@Transactional(readOnly = true)
	public List<BalanceCheckInView> balance(CurrentUser user, TrajectoryFrame frame) {
		requireCoach(frame, user);
		List<BalanceCheckInView> checkIns = this.queries.balance(frame.organisationId(), frame.id(), Integer.MAX_VALUE);
		logRead(user, frame, !checkIns.isEmpty(), "BALANCE_CHECK_INS");
		return checkIns;
	}

	@Transactional(readOnly = true)
	public BalanceCheckInView balanceCheckIn(CurrentUser user, TrajectoryFrame frame, long checkInId) {
		return balance(user, frame).stream()
			.filter(checkIn -> checkIn.id() == checkInId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("balance check-in", checkInId));
	}

	// working alliance

	/**
	 * Records a working-alliance questionnaire.
	 * @return the id of the questionnaire
	 */
	public long recordAlliance(CurrentUser user, long trajectoryId, NewAllianceCheckIn content) {
		TrajectoryFrame frame = requireOpen(user, trajectoryId);
		AllianceCheckIn checkIn = this.alliance.save(AllianceCheckIn.take(user.organisationId(), trajectoryId, content,
				today(), this.clock.instant(), user.accountId()));
		this.accessLog.changed(user, frame.participantId(), "WORKING_ALLIANCE");
		return checkIn.id();
	}

	/**
	 * Corrects a working-alliance questionnaire that was opened at {@code version}.
	 */
	public void correctAlliance(CurrentUser user, long trajectoryId, long checkInId, long version,
			NewAllianceCheckIn content) {
		TrajectoryFrame frame = requireOpen(user, trajectoryId);
		AllianceCheckIn checkIn = this.alliance
			.findByIdAndOrganisationIdAndTrajectoryId(checkInId, user.organisationId(), trajectoryId)
			.orElseThrow(() -> new NotFoundException("alliance check-in", checkInId));
		ConcurrentEditException.check("alliance check-in", checkInId, checkIn.version(), version);
		checkIn.correct(content, today(), this.clock.instant(), user.accountId());
		this.alliance.save(checkIn);
		this.accessLog.changed(user, frame.participantId(), "WORKING_ALLIANCE");
	}

	/**
	 * Every working-alliance questionnaire of the trajectory, newest first.
	 */
	@Transactional(readOnly = true)
	public List<AllianceCheckInView> alliance(CurrentUser user, TrajectoryFrame frame) {
		requireCoach(frame, user);
		List<AllianceCheckInView> checkIns = this.queries.alliance(frame.organisationId(), frame.id(),
				Integer.MAX_VALUE);
		logRead(user, frame, !checkIns.isEmpty(), "WORKING_ALLIANCE");
		return checkIns;
	}

	@Transactional(readOnly = true)
	public AllianceCheckInView allianceCheckIn(CurrentUser user, TrajectoryFrame frame, long checkInId) {
		return alliance(user, frame).stream()
			.filter(checkIn -> checkIn.id() == checkInId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("alliance check-in", checkInId));
	}

	/**
	 * Since when the working-alliance questionnaire of the trajectory is due, or null.
	 */
	@Transactional(readOnly = true)
	public LocalDate allianceDue(CurrentUser user, TrajectoryFrame frame) {
		requireCoach(frame, user);
		if (!frame.phase().isOpen()) {
			return null;
		}
		return allianceDue(frame.organisationId(), List.of(frame.id()), today()).get(frame.id());
	}

	// the participant's own check-ins, in the portal

	/**
	 * The participant records, in the portal, a work-values check-in of their own
	 * trajectory, with the same rules as the coach: all seven values answered, or nothing
	 * is saved. Another trajectory is not found.
	 */
	public long recordOwnWorkValues(CurrentUser user, long trajectoryId, NewWorkValueCheckIn content) {
		TrajectoryFrame frame = ownOpen(user, trajectoryId);
		WorkValueCheckIn checkIn = this.workValues.save(WorkValueCheckIn.take(frame.organisationId(), frame.id(),
				content, today(), this.clock.instant(), user.accountId(), CheckInAuthor.PARTICIPANT));
		this.accessLog.changed(user, frame.participantId(), "WORK_VALUES");
		return checkIn.id();
	}

	/**
	 * The participant records a balance and load check-in of their own trajectory.
	 */
	public long recordOwnBalance(CurrentUser user, long trajectoryId, NewBalanceCheckIn content) {
		TrajectoryFrame frame = ownOpen(user, trajectoryId);
		BalanceCheckIn checkIn = this.balance.save(BalanceCheckIn.take(frame.organisationId(), frame.id(), content,
				today(), this.clock.instant(), user.accountId(), CheckInAuthor.PARTICIPANT));
		this.accessLog.changed(user, frame.participantId(), "BALANCE_CHECK_INS");
		return checkIn.id();
	}

	/**
	 * The participant fills in the working-alliance questionnaire of their own
	 * trajectory.
	 */
	public long recordOwnAlliance(CurrentUser user, long trajectoryId, NewAllianceCheckIn content) {
		TrajectoryFrame frame = ownOpen(user, trajectoryId);
		AllianceCheckIn checkIn = this.alliance.save(AllianceCheckIn.take(frame.organisationId(), frame.id(), content,
				today(), this.clock.instant(), user.accountId(), CheckInAuthor.PARTICIPANT));
		this.accessLog.changed(user, frame.participantId(), "WORKING_ALLIANCE");
		return checkIn.id();
	}

	/**
	 * What the participant is asked to fill in on their own trajectory now: the
	 * work-values check-in when due, the working-alliance questionnaire when due. No
	 * answers are read, so nothing is logged. Another trajectory is not found.
	 */
	@Transactional(readOnly = true)
	public List<DueCheckIn> ownDue(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = this.trajectories.ownFrame(user, trajectoryId);
		if (!frame.phase().isOpen()) {
			return List.of();
		}
		LocalDate today = today();
		List<DueCheckIn> due = new ArrayList<>(WorkValueSchedule.due(frame.phase(),
				(frame.grant() != null) ? frame.grant().periods() : List.<GrantPeriod>of(),
				this.queries.workValueMoments(frame.organisationId(), frame.id()), today));
		LocalDate allianceDue = allianceDue(frame.organisationId(), List.of(frame.id()), today).get(frame.id());
		if (allianceDue != null) {
			due.add(new DueCheckIn(DueCheckIn.Kind.ALLIANCE, allianceDue, null));
		}
		return due;
	}

	/**
	 * Every check-in of the participant's own trajectory, newest first, for the export of
	 * their data; the read is logged as the participant's.
	 */
	@Transactional(readOnly = true)
	public OwnCheckIns ownCheckIns(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = this.trajectories.ownFrame(user, trajectoryId);
		OwnCheckIns all = new OwnCheckIns(
				this.queries.workValues(frame.organisationId(), frame.id(), Integer.MAX_VALUE),
				this.queries.balance(frame.organisationId(), frame.id(), Integer.MAX_VALUE),
				this.queries.alliance(frame.organisationId(), frame.id(), Integer.MAX_VALUE));
		logRead(user, frame, !all.workValues().isEmpty() || !all.balance().isEmpty() || !all.alliance().isEmpty(),
				"CHECK_INS");
		return all;
	}

	/**
	 * All check-ins of a trajectory, newest first.
	 */
	public record OwnCheckIns(List<WorkValueCheckInView> workValues, List<BalanceCheckInView> balance,
			List<AllianceCheckInView> alliance) {
	}

	private TrajectoryFrame ownOpen(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = this.trajectories.ownFrame(user, trajectoryId);
		if (frame.isClosed()) {
			throw new DomainRuleException("checkins.trajectoryClosed");
		}
		return frame;
	}

	// the trajectory page

	/**
	 * The check-ins of a trajectory at a glance, for the trajectory page: in a fixed
	 * number of queries however many check-ins there are. Empty for anybody but the
	 * coach.
	 */
	@Transactional(readOnly = true)
	public Optional<CheckInOverview> overview(CurrentUser user, TrajectoryDetails trajectory) {
		if (!isCoach(user, trajectory.coachId()) || trajectory.phase() == Phase.REFERRED) {
			return Optional.empty();
		}
		long organisation = user.organisationId();
		long id = trajectory.id();
		LocalDate today = today();
		List<WorkValueCheckInView> latestTwo = this.queries.workValues(organisation, id, 2);
		List<BalanceCheckInView> balance = this.queries.balance(organisation, id, TREND);
		List<AllianceCheckInView> alliance = this.queries.alliance(organisation, id, 2);
		Map<WorkValueMoment, LocalDate> moments = this.queries.workValueMoments(organisation, id);
		Sessions.HeldTally held = this.sessions.heldTally(organisation, List.of(id)).get(id);

		WorkValueCheckInView latest = latestTwo.isEmpty() ? null : latestTwo.get(0);
		Set<WorkValue> dropped = (latestTwo.size() == 2)
				? CapabilitySet.droppedOut(latestTwo.get(1).answers(), latest.answers()) : Set.of();
		LatestBalance latestBalance = balance.isEmpty() ? null : latestBalance(id, balance);
		AllianceStatus allianceStatus = alliance.isEmpty() ? null : AllianceRules.status(id, alliance.get(0).takenOn(),
				alliance.get(0).answers().sum(), (alliance.size() > 1) ? alliance.get(1).answers().sum() : null);

		List<DueCheckIn> due = new ArrayList<>(WorkValueSchedule.due(trajectory.phase(),
				(trajectory.grant() != null) ? trajectory.grant().periods() : List.<GrantPeriod>of(), moments, today));
		if (trajectory.phase().isOpen()) {
			LocalDate allianceDue = AllianceRules.dueSince((held != null) ? held.thirdHeldOn() : null,
					alliance.isEmpty() ? null : alliance.get(0).takenOn(), today);
			if (allianceDue != null) {
				due.add(new DueCheckIn(DueCheckIn.Kind.ALLIANCE, allianceDue, null));
			}
		}
		LocalDate lastHeld = (held != null) ? held.lastHeldOn() : null;
		boolean balanceAfterSession = trajectory.phase().isOpen() && lastHeld != null
				&& (balance.isEmpty() || balance.get(0).takenOn().isBefore(lastHeld));
		CheckInOverview overview = new CheckInOverview(latest, dropped, CheckInQueries.oldestFirst(balance),
				latestBalance, allianceStatus, due, lastHeld, balanceAfterSession);
		if (!overview.isEmpty()) {
			this.accessLog.read(user, trajectory.participantId(), "CHECK_INS");
		}
		return Optional.of(overview);
	}

	private static LatestBalance latestBalance(long trajectoryId, List<BalanceCheckInView> newestFirst) {
		BalanceScores latest = newestFirst.get(0).scores();
		BalanceScores previous = (newestFirst.size() > 1) ? newestFirst.get(1).scores() : null;
		return new LatestBalance(trajectoryId, newestFirst.get(0).takenOn(), latest, previous,
				BalanceStability.concerns(latest, previous));
	}

	// signals: set-based read models over many trajectories

	/**
	 * For each of these trajectories whose latest work-values check-in lost values from
	 * the capability set compared with the check-in before it: those values, and the days
	 * of both check-ins. One query over {@code work_value_check_in} and
	 * {@code work_value_answer} (its column {@code in_capability_set}); trajectories
	 * without a drop-out are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, ValuesDroppedOut> droppedOut(long organisationId, Collection<Long> trajectoryIds) {
		return trajectoryIds.isEmpty() ? Map.of() : this.queries.droppedOut(organisationId, trajectoryIds);
	}

	/**
	 * For each of these trajectories with a working-alliance questionnaire: the latest
	 * score (the mean of the six answers) and its day, the score before it, and whether
	 * it is low (below 3) or falling (0.5 or more below the one before). One query over
	 * {@code alliance_check_in}; trajectories without a questionnaire are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, AllianceStatus> latestAlliance(long organisationId, Collection<Long> trajectoryIds) {
		return trajectoryIds.isEmpty() ? Map.of() : this.queries.latestAlliance(organisationId, trajectoryIds);
	}

	/**
	 * For each of these trajectories whose working-alliance questionnaire is due on
	 * {@code today}: since when (the day of the third held session for the first one,
	 * three months after the latest one after that). Two queries however many
	 * trajectories: the latest questionnaire's day from {@code alliance_check_in}, and
	 * the held sessions through {@link Sessions#heldTally}. Pass only trajectories that
	 * are being coached; trajectories that are not due are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, LocalDate> allianceDue(long organisationId, Collection<Long> trajectoryIds, LocalDate today) {
		if (trajectoryIds.isEmpty()) {
			return Map.of();
		}
		return allianceDue(organisationId, trajectoryIds, today,
				this.sessions.heldTally(organisationId, trajectoryIds));
	}

	/**
	 * As {@link #allianceDue(long, Collection, LocalDate)}, with the held sessions the
	 * caller already has.
	 */
	@Transactional(readOnly = true)
	public Map<Long, LocalDate> allianceDue(long organisationId, Collection<Long> trajectoryIds, LocalDate today,
			Map<Long, Sessions.HeldTally> held) {
		if (trajectoryIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, LocalDate> latest = this.queries.latestAllianceDays(organisationId, trajectoryIds);
		Map<Long, LocalDate> due = new HashMap<>();
		for (Long id : trajectoryIds) {
			Sessions.HeldTally tally = held.get(id);
			LocalDate since = AllianceRules.dueSince((tally != null) ? tally.thirdHeldOn() : null, latest.get(id),
					today);
			if (since != null) {
				due.put(id, since);
			}
		}
		return due;
	}

	/**
	 * For each of these trajectories with a balance and load check-in: the latest scores
	 * and their day, those of the check-in before, and whether they are stable (no item
	 * at 2 or lower, none dropped by 2 or more). One query over {@code balance_check_in};
	 * trajectories without a check-in are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, LatestBalance> latestBalance(long organisationId, Collection<Long> trajectoryIds) {
		return trajectoryIds.isEmpty() ? Map.of() : this.queries.latestBalance(organisationId, trajectoryIds);
	}

	/**
	 * For each of these trajectories with a work-values check-in at the intake and one at
	 * the evaluation: the size of the capability set (how many of the seven values are
	 * valued, enabled and realised) at the first intake check-in and at the latest
	 * evaluation check-in. One query over {@code work_value_check_in} and
	 * {@code work_value_answer}; trajectories without both are left out. No answers, no
	 * remarks: only the two counts.
	 */
	@Transactional(readOnly = true)
	public Map<Long, CapabilityChange> capabilityChange(long organisationId, Collection<Long> trajectoryIds) {
		return trajectoryIds.isEmpty() ? Map.of() : this.queries.capabilityChange(organisationId, trajectoryIds);
	}

	/**
	 * The size of the capability set at the intake and at the evaluation.
	 */
	public record CapabilityChange(int atIntake, int atEvaluation) {

		public int change() {
			return this.atEvaluation - this.atIntake;
		}

	}

	// rules of access

	private static TrajectoryFrame requireCoach(TrajectoryFrame frame, CurrentUser user) {
		if (frame.organisationId() != user.organisationId() || !isCoach(user, frame.coachId())) {
			throw new NotFoundException("check-ins of trajectory", frame.id());
		}
		return frame;
	}

	private TrajectoryFrame requireOpen(CurrentUser user, long trajectoryId) {
		TrajectoryFrame frame = frame(user, trajectoryId);
		if (frame.isClosed()) {
			throw new DomainRuleException("checkins.trajectoryClosed");
		}
		return frame;
	}

	private void logRead(CurrentUser user, TrajectoryFrame frame, boolean anything, String what) {
		if (anything) {
			this.accessLog.read(user, frame.participantId(), what);
		}
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

}
