package nl.tandem.monitoring;

import nl.tandem.identity.CurrentUser;

/**
 * Early-warning plans for tests, written through the service.
 */
record WarningFixtures(EarlyWarningPlans plans) {

	static ZoneContent content(Zone zone) {
		return new ZoneContent(0, zone, "Ik kan het wel aan", "Rustig", "Komt op tijd", null, "Blijft sporten", null,
				null, "Belt één keer per maand", null);
	}

	/**
	 * A first version with every zone filled in, agreed today.
	 * @return its number
	 */
	int agreed(CurrentUser coach, long trajectory) {
		int number = this.plans.startDraft(coach, trajectory);
		for (Zone zone : Zone.inPlan(false)) {
			this.plans.describeZone(coach, trajectory, number, version(coach, trajectory, number), zone, content(zone));
		}
		this.plans.agree(coach, trajectory, number, version(coach, trajectory, number),
				nl.tandem.trajectory.TrajectoryFixtures.TODAY);
		return number;
	}

	long version(CurrentUser coach, long trajectory, int number) {
		return this.plans.page(coach, trajectory, number).plan().version();
	}

}
