package nl.tandem.monitoring;

import java.time.LocalDate;

/**
 * How ready a trajectory being coached is for the phase-out, on five points: at least
 * half of the plan's goals reached, the zone green for {@link #GREEN_WEEKS} weeks,
 * natural support in place (the supervisor or the buddy has an agreement in the plan),
 * balance and load stable, and the participant's own view that less coaching will do.
 *
 * @param goalsPercent the share of the agreed plan's goals reached, or null without an
 * agreed plan
 * @param ownView the participant's latest view, or null when not asked yet
 */
public record Readiness(long trajectoryId, String participantName, Integer goalsPercent, boolean goalsReached,
		boolean zoneStable, boolean naturalSupport, boolean balanceStable, PhaseOutView ownView, LocalDate ownViewOn) {

	/**
	 * Weeks in the green zone without interruption that count as stable.
	 */
	public static final int GREEN_WEEKS = 8;

	/**
	 * How many of the five points hold.
	 */
	public int met() {
		return (this.goalsReached ? 1 : 0) + (this.zoneStable ? 1 : 0) + (this.naturalSupport ? 1 : 0)
				+ (this.balanceStable ? 1 : 0) + ((this.ownView == PhaseOutView.READY) ? 1 : 0);
	}

	/**
	 * Whether all five hold: then the dashboard suggests the phase-out.
	 */
	public boolean ready() {
		return met() == 5;
	}

}
