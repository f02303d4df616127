package nl.tandem.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.PhaseChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a trajectory moves to the phase-out, its schedule thins: every second session
 * still to come is dropped, in the same transaction as the move, so the coaching tapers
 * off without the coach removing sessions one by one.
 */
@Component
class PhaseOutSchedule {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final CoachingScheduleRepository schedules;

	private final Clock clock;

	PhaseOutSchedule(CoachingScheduleRepository schedules, Clock clock) {
		this.schedules = schedules;
		this.clock = clock;
	}

	@EventListener
	void on(PhaseChanged changed) {
		if (changed.to() != Phase.PHASING_OUT || changed.from() == Phase.PAUSED) {
			return;
		}
		this.schedules.findByOrganisationIdAndTrajectoryId(changed.organisationId(), changed.trajectoryId())
			.ifPresent(schedule -> {
				if (schedule.thin(LocalDate.now(this.clock.withZone(ZONE))) > 0) {
					this.schedules.save(schedule);
				}
			});
	}

}
