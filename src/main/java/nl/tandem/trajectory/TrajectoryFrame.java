package nl.tandem.trajectory;

import java.time.LocalDate;
import java.util.List;

import nl.tandem.identity.CurrentUser;

/**
 * What other modules need to know of a trajectory to work on it: who it is for, its
 * phase, its coach, the current placement and the grant with its periods. Given only to a
 * user who may work on the trajectory.
 */
public record TrajectoryFrame(long id, long organisationId, long participantId, String participantName,
		String participantReference, String participantLanguage, Phase phase, Long coachId, String coachName,
		Placement current, Grant grant) {

	/**
	 * The current placement, with the names of employer and supervisor.
	 */
	public record Placement(long employerId, String employerName, String supervisorName, String jobTitle,
			int minutesPerWeek, LocalDate startDate, LocalDate endDate) {
	}

	/**
	 * The grant: funder and its periods with the minutes granted in each.
	 */
	public record Grant(Funder funder, String funderName, String reference, List<GrantPeriod> periods) {

		public int minutesGranted() {
			return this.periods.stream().mapToInt(GrantPeriod::minutesGranted).sum();
		}

	}

	public boolean isClosed() {
		return this.phase == Phase.CLOSED;
	}

	/**
	 * Whether the user is the trajectory's coach: the one who writes in it.
	 */
	public boolean isCoachedBy(CurrentUser user) {
		return this.coachId != null && this.coachId.equals(user.personId());
	}

}
