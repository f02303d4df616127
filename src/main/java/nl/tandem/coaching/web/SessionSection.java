package nl.tandem.coaching.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import nl.tandem.coaching.Logbook;
import nl.tandem.coaching.Sessions;
import nl.tandem.identity.CurrentUser;
import nl.tandem.plan.Schedules;
import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.TrajectoryDetails;
import nl.tandem.trajectory.TrajectorySection;

import org.springframework.stereotype.Component;

/**
 * Sessions and hours on the trajectory page: the sessions so far, the planned sessions
 * waiting to be recorded, the open action items and the hours per grant period.
 */
@Component
class SessionSection implements TrajectorySection {

	private final Sessions sessions;

	private final Logbook logbook;

	private final Schedules schedules;

	SessionSection(Sessions sessions, Logbook logbook, Schedules schedules) {
		this.sessions = sessions;
		this.logbook = logbook;
		this.schedules = schedules;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String fragment() {
		return "coaching/section :: sessions";
	}

	@Override
	public Optional<Map<String, Object>> model(CurrentUser user, TrajectoryDetails trajectory) {
		if (!trajectory.mayWork() || trajectory.phase() == Phase.REFERRED || trajectory.phase() == Phase.INTAKE) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		var toRecord = this.schedules.schedule(user, trajectory.id())
			.sessions()
			.stream()
			.filter(s -> !s.held() && !s.on().isAfter(today.plusDays(7)))
			.limit(5)
			.toList();
		var all = this.sessions.ofTrajectory(user, trajectory.id());
		boolean coach = trajectory.coachId() != null && trajectory.coachId().equals(user.personId())
				&& trajectory.phase() != Phase.CLOSED;
		return Optional.of(Map.of("trajectory", trajectory, "sessions", all.subList(0, Math.min(10, all.size())),
				"count", all.size(), "toRecord", toRecord, "actions", this.sessions.openActions(user, trajectory.id()),
				"hours", this.logbook.hours(user, trajectory.id()), "mayRecord", coach, "today", today));
	}

}
