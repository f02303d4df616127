package nl.tandem.demo;

import java.util.List;

import nl.tandem.identity.CurrentUser;
import nl.tandem.monitoring.EarlyWarningPlans;
import nl.tandem.monitoring.Zone;
import nl.tandem.monitoring.ZoneContent;
import nl.tandem.monitoring.Zones;
import nl.tandem.trajectory.Caseloads;
import nl.tandem.trajectory.Phase;

import org.springframework.stereotype.Component;

/**
 * Early warning in the demo organisation: the first active trajectories of each coach get
 * an agreed early-warning plan and a few weeks of zones; the first of them went orange
 * this week, which proposes extra coaching. (The new manager recorded by the trajectory
 * step already has its own proposal.)
 */
@Component
class WarningDemoStep implements DemoStep {

	private final Caseloads caseloads;

	private final EarlyWarningPlans plans;

	private final Zones zones;

	WarningDemoStep(Caseloads caseloads, EarlyWarningPlans plans, Zones zones) {
		this.caseloads = caseloads;
		this.plans = plans;
		this.zones = zones;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public void create(DemoOrganisation demo) {
		boolean first = true;
		for (CurrentUser coach : demo.coaches()) {
			List<Caseloads.TrajectoryRow> active = this.caseloads.coachDashboard(coach)
				.getOrDefault(Phase.ACTIVE, List.of());
			for (Caseloads.TrajectoryRow trajectory : active.stream().limit(1).toList()) {
				plan(coach, trajectory.id(), demo);
				this.zones.record(coach, trajectory.id(), Zone.GREEN, demo.today().minusWeeks(8), null);
				this.zones.record(coach, trajectory.id(), Zone.GREEN, demo.today().minusWeeks(4),
						"Gaat goed; pauzes lukken.");
				if (first) {
					this.zones.record(coach, trajectory.id(), Zone.ORANGE, demo.today().minusDays(2),
							"Moe en prikkelbaar sinds de roosterwijziging.");
					first = false;
				}
			}
		}
	}

	private void plan(CurrentUser coach, long trajectory, DemoOrganisation demo) {
		int number = this.plans.startDraft(coach, trajectory);
		long version = 0;
		for (ZoneContent zone : List.of(
				zone(Zone.GREEN, "Ik kan het aan.", "Rustig, zin in het werk.", "Komt op tijd en maakt grapjes.",
						"Blijft sporten en gaat op tijd slapen.", "Vraagt in het weekoverleg hoe het gaat.",
						"Gesprek volgens de planning."),
				zone(Zone.ORANGE, "Niemand ziet wat ik doe.", "Prikkelbaar en moe.", "Werkt door in de pauzes.",
						"Zegt het tegen de buddy en neemt de pauzes echt.", "Maakt het rooster een week lichter.",
						"Extra gesprek binnen een week."),
				zone(Zone.RED, "Ik kan niet meer.", "Angstig en somber.", "Blijft thuis en neemt niet op.",
						"Belt de jobcoach of de huisarts.", "Neemt contact op met de jobcoach.",
						"Overlegt met de huisarts en past het plan aan."))) {
			this.plans.describeZone(coach, trajectory, number, version++, zone.zone(), zone);
		}
		this.plans.agree(coach, trajectory, number, version, demo.today().minusWeeks(8));
	}

	private static ZoneContent zone(Zone zone, String thoughts, String feelings, String behaviour, String participant,
			String supervisor, String coach) {
		return new ZoneContent(0, zone, thoughts, feelings, behaviour, null, participant, supervisor, null, coach,
				null);
	}

}
