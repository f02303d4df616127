package nl.tandem.coaching.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.tandem.coaching.Sessions;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.participant.Participants;
import nl.tandem.plan.Schedules;
import nl.tandem.platform.HomePanel;
import nl.tandem.trajectory.Caseloads;

import org.springframework.stereotype.Component;

/**
 * The coach's week on the home page: today's sessions, the rest of the week, planned
 * sessions in the past not yet written up, and action items past their day. A fixed
 * number of queries, whatever the caseload.
 */
@Component
class WeekPanel implements HomePanel {

	static final int WRITE_UP_DAYS = 60;

	private final Caseloads caseloads;

	private final Participants participants;

	private final Schedules schedules;

	private final Sessions sessions;

	WeekPanel(Caseloads caseloads, Participants participants, Schedules schedules, Sessions sessions) {
		this.caseloads = caseloads;
		this.participants = participants;
		this.schedules = schedules;
		this.sessions = sessions;
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public String fragment() {
		return "coaching/panels :: week";
	}

	/**
	 * A planned session with the participant's name.
	 */
	public record Item(long trajectoryId, String participantName, Schedules.Planned planned) {
	}

	@Override
	public Optional<Map<String, Object>> model() {
		return CurrentUser.signedIn().filter(user -> user.has(Role.COACH) && user.personId() != null).map(this::week);
	}

	private Map<String, Object> week(CurrentUser user) {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		Map<Long, Long> open = this.caseloads.participantsOfOpen(user.organisationId(), user.personId());
		Map<Long, String> names = this.participants.names(user.organisationId(), open.values());
		List<Item> planned = this.schedules
			.plannedBetween(user.organisationId(), open.keySet(), today.minusDays(WRITE_UP_DAYS), today.plusDays(6))
			.stream()
			.map(p -> new Item(p.trajectoryId(), names.get(open.get(p.trajectoryId())), p))
			.toList();
		Map<Long, String> trajectoryNames = new LinkedHashMap<>();
		open.forEach((trajectory, participant) -> trajectoryNames.put(trajectory, names.get(participant)));
		Map<String, List<Item>> groups = new LinkedHashMap<>();
		groups.put("today", planned.stream().filter(i -> i.planned().on().equals(today)).toList());
		groups.put("week", planned.stream().filter(i -> i.planned().on().isAfter(today)).toList());
		groups.put("writeUp", planned.stream().filter(i -> i.planned().on().isBefore(today)).toList());
		return Map.of("groups", groups, "empty", planned.isEmpty(), "overdue",
				this.sessions.overdueActions(user.organisationId(), open.keySet(), today), "names", trajectoryNames,
				"today", today);
	}

}
