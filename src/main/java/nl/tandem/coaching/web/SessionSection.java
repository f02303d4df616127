package nl.tandem.coaching.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Optional;

import nl.tandem.coaching.Logbook;
import nl.tandem.coaching.PeriodHours;
import nl.tandem.coaching.Sessions;
import nl.tandem.identity.CurrentUser;
import nl.tandem.plan.PlanPage;
import nl.tandem.plan.Plans;
import nl.tandem.plan.ScheduleView;
import nl.tandem.plan.Schedules;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFrame;
import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.TrajectoryDetails;
import nl.tandem.trajectory.TrajectorySection;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sessions and hours on the trajectory page: the sessions so far, the planned sessions
 * waiting to be recorded, the open action items and the hours per grant period.
 */
@Component
class SessionSection implements TrajectorySection {

	private final Sessions sessions;

	private final Logbook logbook;

	private final Schedules schedules;

	private final Plans plans;

	private final JsonMapper json;

	private final Trajectories trajectories;

	SessionSection(Sessions sessions, Logbook logbook, Schedules schedules, Plans plans, JsonMapper json,
			Trajectories trajectories) {
		this.trajectories = trajectories;
		this.plans = plans;
		this.json = json;
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
		TrajectoryFrame frame = this.trajectories.frame(user, trajectory.id());
		ScheduleView schedule = this.schedules.schedule(user, frame);
		var toRecord = schedule.sessions()
			.stream()
			.filter(s -> !s.held() && !s.on().isAfter(today.plusDays(7)))
			.limit(5)
			.toList();
		var latest = this.sessions.ofTrajectory(user, frame, 10);
		boolean coach = trajectory.coachId() != null && trajectory.coachId().equals(user.personId())
				&& trajectory.phase() != Phase.CLOSED;
		Map<String, Object> model = new HashMap<>();
		model.put("trajectory", trajectory);
		model.put("sessions", latest);
		model.put("count", this.sessions.count(frame));
		model.put("toRecord", toRecord);
		model.put("actions", this.sessions.openActions(frame));
		List<PeriodHours> hours = this.logbook.hours(frame, schedule);
		model.put("hours", hours);
		model.put("mayRecord", coach);
		model.put("today", today);
		model.put("burnDown", null);
		model.put("burnDownChart", null);
		model.put("progressChart", null);
		Logbook.BurnDown burnDown = this.logbook.burnDown(frame, schedule, hours);
		if (burnDown != null) {
			model.put("burnDown", burnDown);
			model.put("burnDownChart", this.json.writeValueAsString(Map.of("labels",
					burnDown.weeks().stream().map(LocalDate::toString).toList(), "series",
					List.of(series("left", hours(burnDown.left())), series("forecast", hours(burnDown.forecast()))))));
		}
		PlanPage page = this.plans.page(user, trajectory.id(), null);
		if (page.plan() != null) {
			progress(page.plan().goals()).ifPresent(chart -> model.put("progressChart", chart));
		}
		return Optional.of(model);
	}

	/**
	 * The scores of the goals over time as chart data: one line per goal, a point on
	 * every day a score was recorded, the last known score in between.
	 */
	private Optional<String> progress(List<PlanPage.GoalView> goals) {
		TreeSet<LocalDate> days = new TreeSet<>();
		goals.forEach(goal -> goal.history()
			.stream()
			.filter(h -> h.score() != null)
			.forEach(h -> days.add(h.at().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate())));
		if (days.isEmpty()) {
			return Optional.empty();
		}
		List<Map<String, Object>> series = new ArrayList<>();
		for (PlanPage.GoalView goal : goals) {
			List<Integer> values = new ArrayList<>();
			Integer last = null;
			for (LocalDate day : days) {
				for (PlanPage.Progress h : goal.history()) {
					if (h.score() != null && !h.at().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate().isAfter(day)) {
						last = h.score();
					}
				}
				values.add(last);
			}
			series.add(series(goal.goal().description(), values));
		}
		return Optional.of(this.json
			.writeValueAsString(Map.of("labels", days.stream().map(LocalDate::toString).toList(), "series", series)));
	}

	private static Map<String, Object> series(String label, List<? extends Number> values) {
		Map<String, Object> series = new HashMap<>();
		series.put("label", label);
		series.put("values", values);
		return series;
	}

	private static List<Double> hours(List<Integer> minutes) {
		List<Double> hours = new ArrayList<>();
		minutes.forEach(m -> hours.add((m != null) ? Math.round(m / 6.0) / 10.0 : null));
		return hours;
	}

}
