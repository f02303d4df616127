package nl.tandem.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.tandem.trajectory.TrajectoryFrame;

/**
 * A version of a trajectory's plan as the plan page and the plan document show it, with
 * the other versions, the progress of each goal and the planned hours against the grant.
 */
public record PlanPage(TrajectoryFrame trajectory, List<VersionRow> versions, Version plan, PlannedHours hours,
		boolean mayEdit) {

	/**
	 * A version in the list of versions.
	 */
	public record VersionRow(int number, PlanStatus status, LocalDate agreedOn, Instant createdAt) {
	}

	/**
	 * The content of one version.
	 */
	public record Version(int number, PlanStatus status, long version, LocalDate startsOn, LocalDate endsOn,
			String expectationParticipant, String expectationEmployer, String expectationCoach, LocalDate agreedOn,
			List<GoalView> goals, List<AttentionPoint> attentionPoints, List<Agreement> agreements,
			List<SignOff> signOffs, List<PlannedMinutes> plannedMinutes) {

		public Optional<SignOff> signOff(Party party) {
			return this.signOffs.stream().filter(s -> s.party() == party).findFirst();
		}

		public boolean isEditable() {
			return this.status.isEditable();
		}

	}

	/**
	 * A goal with its latest progress.
	 */
	public record GoalView(UUID key, Goal goal, GoalStatus status, Integer score, List<Progress> history) {
	}

	/**
	 * One recorded change of a goal's progress.
	 */
	public record Progress(Instant at, GoalStatus status, Integer score, String note, String by) {
	}

	public int latestNumber() {
		return this.versions.isEmpty() ? 0 : this.versions.get(0).number();
	}

	public boolean isLatest() {
		return this.plan != null && this.plan.number() == latestNumber();
	}

	/**
	 * Whether a new draft may be started: the latest version is agreed.
	 */
	public boolean mayStartNewVersion() {
		return this.mayEdit && !this.versions.isEmpty() && this.versions.get(0).status() == PlanStatus.AGREED
				&& !this.trajectory.isClosed();
	}

}
