package nl.tandem.monitoring;

import java.time.LocalDate;
import java.util.List;

import nl.tandem.plan.Schedules;
import nl.tandem.trajectory.TrajectoryFrame;

/**
 * A proposed intensification with what deciding on it would do: the extra sessions from a
 * first day on, as proposed or as the coach adapts them, and their effect on the hours
 * against the grant. {@code hasSchedule} tells whether the trajectory has a schedule to
 * add them to.
 */
public record IntensificationProposal(TrajectoryFrame trajectory, IntensificationView proposal,
		IntensificationPlan shown, LocalDate startsOn, List<Schedules.NewSession> sessions, HoursEffect effect,
		boolean hasSchedule) {
}
