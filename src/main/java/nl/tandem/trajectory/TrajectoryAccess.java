package nl.tandem.trajectory;

import java.util.Objects;

import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.organisation.Staff;
import nl.tandem.platform.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a trajectory; the one place where the trajectory module decides.
 * <ul>
 * <li>A coach sees and works on the trajectories assigned to them.</li>
 * <li>A team lead sees and works on those of the team, and sees unassigned referrals to
 * assign them.</li>
 * <li>An administrator sees the register (who, which phase, which coach, placement and
 * funding) and assigns coaches, but reads no intake, assessment or event notes.</li>
 * <li>A participant sees their own trajectories in the portal
 * ({@link Trajectories#ownFrame(CurrentUser, long)}), never through the staff pages.</li>
 * <li>Anybody else, and any other organisation, is told the trajectory does not
 * exist.</li>
 * </ul>
 */
@Component
class TrajectoryAccess {

	private final Staff staff;

	TrajectoryAccess(Staff staff) {
		this.staff = staff;
	}

	/**
	 * Fails with "not found" unless the user may see the trajectory at all.
	 */
	void requireVisible(CurrentUser user, Trajectory trajectory) {
		if (trajectory.organisationId() != user.organisationId() || !isVisible(user, trajectory)) {
			throw new NotFoundException("trajectory", trajectory.id());
		}
	}

	boolean isVisible(CurrentUser user, Trajectory trajectory) {
		return user.has(Role.ADMIN) || isOwnCoach(user, trajectory) || isTeamLeadOf(user, trajectory);
	}

	/**
	 * Whether the user is the trajectory's participant, signed in to the portal: they see
	 * their own trajectory there, and nothing of it on the staff pages.
	 */
	boolean isOwnParticipant(CurrentUser user, Trajectory trajectory) {
		return trajectory.organisationId() == user.organisationId() && user.participantId().isPresent()
				&& user.participantId().getAsLong() == trajectory.participantId();
	}

	/**
	 * Whether the user may read the content (intake, assessment, event notes) and work on
	 * the trajectory.
	 */
	boolean mayWork(CurrentUser user, Trajectory trajectory) {
		return isOwnCoach(user, trajectory) || isTeamLeadOf(user, trajectory);
	}

	void requireWork(CurrentUser user, Trajectory trajectory) {
		requireVisible(user, trajectory);
		if (!mayWork(user, trajectory)) {
			throw new AccessDeniedException("Only the coach and the team lead work on a trajectory");
		}
	}

	boolean mayAssign(CurrentUser user, Trajectory trajectory) {
		return user.has(Role.ADMIN) || isTeamLeadOf(user, trajectory);
	}

	void requireAssign(CurrentUser user, Trajectory trajectory) {
		requireVisible(user, trajectory);
		if (!mayAssign(user, trajectory)) {
			throw new AccessDeniedException("Only a team lead or an administrator assigns coaches");
		}
	}

	static void requireStaff(CurrentUser user) {
		if (!(user.has(Role.COACH) || user.has(Role.TEAM_LEAD) || user.has(Role.ADMIN))) {
			throw new AccessDeniedException("Trajectories are for coaches, team leads and administrators");
		}
	}

	/**
	 * The team whose trajectories a team lead oversees, or null.
	 */
	Long teamOfLead(CurrentUser user) {
		if (!user.has(Role.TEAM_LEAD) || user.personId() == null) {
			return null;
		}
		return this.staff.teamOf(user.organisationId(), user.personId()).orElse(null);
	}

	private boolean isOwnCoach(CurrentUser user, Trajectory trajectory) {
		return user.has(Role.COACH) && user.personId() != null && Objects.equals(trajectory.coachId(), user.personId());
	}

	private boolean isTeamLeadOf(CurrentUser user, Trajectory trajectory) {
		if (!user.has(Role.TEAM_LEAD)) {
			return false;
		}
		if (trajectory.coachId() == null) {
			return true;
		}
		Long team = teamOfLead(user);
		return team != null && team.equals(trajectory.teamId());
	}

}
