package nl.tandem.participant;

import java.time.Clock;
import java.util.Optional;

import nl.tandem.audit.AccessLog;
import nl.tandem.identity.CurrentUser;
import nl.tandem.platform.ConcurrentEditException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intakes per trajectory. The caller (the trajectory module) has already checked that the
 * user may work on the trajectory and says whether the user may see sensitive fields;
 * every read of sensitive content that is shown, and every change to it, is written to
 * the access log.
 */
@Service
@Transactional
public class Intakes {

	private final IntakeRepository intakes;

	private final AccessLog accessLog;

	private final Clock clock;

	Intakes(IntakeRepository intakes, AccessLog accessLog, Clock clock) {
		this.intakes = intakes;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	public Optional<IntakeView> of(CurrentUser reader, long trajectoryId, boolean maySeeSensitive) {
		return this.intakes.findByOrganisationIdAndTrajectoryId(reader.organisationId(), trajectoryId)
			.map(intake -> view(reader, intake, maySeeSensitive));
	}

	/**
	 * Saves the intake of a trajectory as a draft (or updates a completed one).
	 * @param version the version the form was opened on; {@code null} for a first save
	 */
	public IntakeView save(CurrentUser writer, long participantId, long trajectoryId, Long version,
			IntakeContent content) {
		Intake intake = this.intakes.findByOrganisationIdAndTrajectoryId(writer.organisationId(), trajectoryId)
			.orElseGet(() -> Intake.begin(writer.organisationId(), participantId, trajectoryId));
		if (intake.id() != null) {
			ConcurrentEditException.check("intake", trajectoryId, intake.version(), (version != null) ? version : -1);
		}
		if (intake.record(content)) {
			this.accessLog.changed(writer, participantId, "INTAKE_HEALTH");
		}
		return view(writer, this.intakes.save(intake), false);
	}

	/**
	 * Starts the intake of a re-activated trajectory from the previous trajectory's
	 * intake: what still holds (work history, education, strengths, the personal
	 * situation, health and medication, support needs and the important work values) is
	 * copied into a draft, for the coach to check with the participant. The wishes and
	 * the participant's own agenda are for the new trajectory to fill in; since
	 * completing needs them, the copy cannot be completed unchecked. Without a previous
	 * intake nothing is made. The caller has checked that the user may work on both
	 * trajectories.
	 */
	public void carryOver(CurrentUser writer, long participantId, long fromTrajectoryId, long toTrajectoryId) {
		var previous = this.intakes.findByOrganisationIdAndTrajectoryId(writer.organisationId(), fromTrajectoryId);
		if (previous.isEmpty()
				|| this.intakes.findByOrganisationIdAndTrajectoryId(writer.organisationId(), toTrajectoryId)
					.isPresent()) {
			return;
		}
		Intake intake = Intake.begin(writer.organisationId(), participantId, toTrajectoryId);
		if (intake.record(previous.get().content().stillValid())) {
			this.accessLog.changed(writer, participantId, "INTAKE_HEALTH");
		}
		this.intakes.save(intake);
	}

	/**
	 * Completes the intake; refused while support needs, wishes or the participant's
	 * agenda are missing.
	 */
	public void complete(CurrentUser writer, long trajectoryId) {
		Intake intake = this.intakes.findByOrganisationIdAndTrajectoryId(writer.organisationId(), trajectoryId)
			.orElseThrow(() -> new nl.tandem.platform.DomainRuleException("intake.incomplete"));
		intake.complete(writer.accountId(), this.clock.instant());
		this.intakes.save(intake);
	}

	private IntakeView view(CurrentUser reader, Intake intake, boolean maySeeSensitive) {
		IntakeContent content = intake.content();
		if (maySeeSensitive && content.hasSensitiveContent()) {
			this.accessLog.read(reader, intake.participantId(), "INTAKE_HEALTH");
		}
		return new IntakeView(intake.trajectoryId(), intake.participantId(),
				maySeeSensitive ? content : content.withoutSensitive(), maySeeSensitive, intake.completedAt(),
				intake.version());
	}

}
