package nl.tandem.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.tandem.identity.CurrentUser;

/**
 * The demo organisation as the demo steps see it: its teams by name and its staff by
 * login name ({@code admin}, {@code teamleider.noord}, {@code sanne}, …), each as the
 * user the services expect.
 */
record DemoOrganisation(long id, Map<String, Long> teams, Map<String, CurrentUser> staff, LocalDate today) {

	CurrentUser user(String login) {
		CurrentUser user = this.staff.get(login);
		if (user == null) {
			throw new IllegalArgumentException("No demo staff member " + login);
		}
		return user;
	}

	List<CurrentUser> coaches() {
		return this.staff.values()
			.stream()
			.filter(user -> user.has(nl.tandem.identity.Role.COACH))
			.sorted(java.util.Comparator.comparingLong(CurrentUser::accountId))
			.toList();
	}

}
