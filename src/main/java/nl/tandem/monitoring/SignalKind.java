package nl.tandem.monitoring;

/**
 * The kinds of signals, most urgent first: the order of the signals list.
 */
public enum SignalKind {

	/**
	 * The participant asked for support now, in the portal: the most urgent of all.
	 */
	SUPPORT_NOW,

	/**
	 * The participant is in the red zone of the early-warning plan.
	 */
	ZONE_RED,

	/**
	 * The participant is in the orange zone of the early-warning plan.
	 */
	ZONE_ORANGE,

	/**
	 * A contact person of the employer asked the coach to get in touch, in the portal.
	 */
	CONTACT_REQUESTED,

	/**
	 * A context event or a zone called for more coaching and the coach has not decided
	 * yet.
	 */
	INTENSIFICATION_UNDECIDED,

	/**
	 * The working alliance is low or falling: time to talk about the coaching, or about
	 * another coach.
	 */
	ALLIANCE_LOW,

	/**
	 * A work value dropped out of the capability set.
	 */
	VALUE_DROPPED,

	/**
	 * The hours of the current grant period are used up.
	 */
	GRANT_USED_UP,

	/**
	 * No session was held for six weeks while the trajectory is being coached.
	 */
	NO_SESSION,

	/**
	 * An action item is past its day.
	 */
	ACTION_OVERDUE,

	/**
	 * 80% of the hours of the current grant period are used.
	 */
	GRANT_NEARLY_USED,

	/**
	 * The trajectory was referred four weeks ago and the intake is not done.
	 */
	INTAKE_OVERDUE,

	/**
	 * A paused trajectory is past its expected resume date.
	 */
	RESUME_OVERDUE,

	/**
	 * The working-alliance questionnaire is due.
	 */
	ALLIANCE_DUE;

	/**
	 * Whether the signal asks to act today: a request from the portal, a raised zone, an
	 * undecided intensification or a low working alliance.
	 */
	public boolean isUrgent() {
		return compareTo(ALLIANCE_LOW) <= 0;
	}

}
