package nl.tandem.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.tandem.trajectory.TrajectoryFrame;

/**
 * The early-warning plan of a trajectory as its page shows it: all versions, and one of
 * them (the latest unless another was asked for) with its zones. Without any version yet,
 * {@code plan} is null.
 */
public record EarlyWarningPlanPage(TrajectoryFrame trajectory, List<VersionRow> versions, Version plan) {

	/**
	 * A version in the list of versions.
	 */
	public record VersionRow(int number, EarlyWarningPlanStatus status, LocalDate agreedOn, Instant createdAt) {
	}

	/**
	 * One version with the content of the zones it uses, from stable to crisis.
	 */
	public record Version(int number, EarlyWarningPlanStatus status, boolean usesYellow, LocalDate agreedOn,
			long version, List<ZoneContent> zones) {

		public boolean isEditable() {
			return this.status.isEditable();
		}

	}

	public boolean isLatest() {
		return this.plan != null && !this.versions.isEmpty() && this.versions.get(0).number() == this.plan.number();
	}

	/**
	 * Whether a new version can be started: the latest version is agreed and the
	 * trajectory still open.
	 */
	public boolean mayStartNewVersion() {
		return !this.trajectory.isClosed() && !this.versions.isEmpty()
				&& this.versions.get(0).status() == EarlyWarningPlanStatus.AGREED;
	}

	public boolean mayEdit() {
		return this.plan != null && this.plan.isEditable() && !this.trajectory.isClosed();
	}

}
