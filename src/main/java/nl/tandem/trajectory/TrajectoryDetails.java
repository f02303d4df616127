package nl.tandem.trajectory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A trajectory as its page shows it to one user. Content that the user may not read (the
 * referral reason and event notes for an administrator) is left out.
 */
public record TrajectoryDetails(long id, long version, long participantId, String participantName, Phase phase,
		Phase pausedFrom, LocalDate expectedResume, ReferrerKind referrerKind, String referrerName,
		LocalDate referredOn, String referralReason, Long coachId, String coachName, LocalDate planAgreedOn,
		EndReason endReason, LocalDate closedOn, Long previousTrajectoryId, List<PlacementView> placements,
		GrantView grant, List<RuleWarning> warnings, List<TimelineEntry> timeline, Set<Action> actions, boolean mayWork,
		boolean mayAssign) {

	/**
	 * What the user may do next with this trajectory.
	 */
	public enum Action {

		START_INTAKE, INTAKE, ACTIVATE, PAUSE, RESUME, PHASE_OUT, START_EVALUATION, CLOSE, REACTIVATE, ASSIGN, PLACE,
		FUND, RECORD_EVENT, ASSESS_WORKPLACE

	}

	public boolean can(Action action) {
		return this.actions.contains(action);
	}

	/**
	 * A placement with the names of employer, workplace and supervisor.
	 */
	public record PlacementView(String employerName, long employerId, String workplaceName, String supervisorName,
			String jobTitle, int minutesPerWeek, ContractType contractType, LocalDate startDate, LocalDate endDate,
			LocalDate probationUntil, boolean current) {

		public String hoursPerWeek() {
			return Hours.format(this.minutesPerWeek);
		}

	}

	/**
	 * The grant with its periods.
	 */
	public record GrantView(Funder funder, String funderName, String reference, LocalDate startDate, int periodMonths,
			List<GrantPeriod> periods, int minutesPerPeriod, int hourlyTariffCents) {

		public String hoursPerPeriod() {
			return Hours.format(this.minutesPerPeriod);
		}

		public String tariff() {
			return String.format(java.util.Locale.ROOT, "%d,%02d", this.hourlyTariffCents / 100,
					this.hourlyTariffCents % 100);
		}

	}

	/**
	 * One line of the timeline: a step in the lifecycle, a coach assignment, a placement,
	 * a context event, or a decision on a proposed intensification of the coaching
	 * ({@code code} is then the decision, {@code reason} what was decided or why not).
	 */
	public record TimelineEntry(java.time.Instant at, LocalDate on, Kind kind, String code, String reason, String by) {

		public enum Kind {

			TRANSITION, ASSIGNMENT, PLACEMENT, EVENT, INTENSIFICATION, ANONYMISATION

		}

	}

}
