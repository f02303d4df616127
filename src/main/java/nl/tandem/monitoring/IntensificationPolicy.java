package nl.tandem.monitoring;

import nl.tandem.trajectory.ContextEventKind;

/**
 * How much extra coaching Tandem proposes, by what called for it. A change at work (a new
 * manager, a reorganisation, other tasks) asks for a weekly hour for about a month, so
 * that the coach can guide both the participant and the new situation; a private loss or
 * health takes longer; a smaller change is over sooner. Orange asks for a weekly hour for
 * a month, red for two a week. The coach adapts what the situation asks.
 */
final class IntensificationPolicy {

	private IntensificationPolicy() {
	}

	static IntensificationPlan forEvent(ContextEventKind kind) {
		return switch (kind) {
			case NEW_MANAGER, TASK_CHANGE, HEALTH -> new IntensificationPlan(4, 1, 60);
			case REORGANISATION, LOSS -> new IntensificationPlan(6, 1, 60);
			case NEW_COLLEAGUES, RELATIONSHIP -> new IntensificationPlan(3, 1, 45);
			case MOVING, OTHER_WORK, OTHER_PRIVATE -> new IntensificationPlan(2, 1, 45);
		};
	}

	static IntensificationPlan forZone(Zone zone) {
		return (zone == Zone.RED) ? new IntensificationPlan(4, 2, 60) : new IntensificationPlan(4, 1, 60);
	}

}
