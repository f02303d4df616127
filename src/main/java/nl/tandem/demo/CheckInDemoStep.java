package nl.tandem.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.tandem.identity.CurrentUser;
import nl.tandem.monitoring.AllianceAnswers;
import nl.tandem.monitoring.BalanceScores;
import nl.tandem.monitoring.CheckIns;
import nl.tandem.monitoring.NewAllianceCheckIn;
import nl.tandem.monitoring.NewBalanceCheckIn;
import nl.tandem.monitoring.NewWorkValueCheckIn;
import nl.tandem.monitoring.WorkValueAnswer;
import nl.tandem.monitoring.WorkValueMoment;
import nl.tandem.participant.WorkValue;
import nl.tandem.trajectory.Caseloads;
import nl.tandem.trajectory.Phase;

import org.springframework.stereotype.Component;

/**
 * Check-ins for the demo, entered through the monitoring service as the coaches would.
 * Sanne sees for Mohammed Amrani two work-values check-ins (at the intake, and after his
 * manager left, with meaningful contacts gone from his capability set), a balance trend
 * that worsens in the last weeks, and a good working alliance; Daan has the intake
 * check-in of Bas van der Linden.
 */
@Component
class CheckInDemoStep implements DemoStep {

	private final CheckIns checkIns;

	private final Caseloads caseloads;

	CheckInDemoStep(CheckIns checkIns, Caseloads caseloads) {
		this.checkIns = checkIns;
		this.caseloads = caseloads;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public void create(DemoOrganisation demo) {
		LocalDate today = demo.today();
		CurrentUser sanne = demo.user("sanne");
		long mohammed = active(sanne, "Mohammed");
		this.checkIns.recordWorkValues(sanne, mohammed, new NewWorkValueCheckIn(WorkValueMoment.INTAKE,
				today.minusDays(100), answers(5, 4), "Vindt het contact met collega's het belangrijkst."));
		List<WorkValueAnswer> later = answers(5, 4);
		later.set(WorkValue.MEANINGFUL_CONTACTS.ordinal(), new WorkValueAnswer(WorkValue.MEANINGFUL_CONTACTS, 5, 3, 2));
		this.checkIns.recordWorkValues(sanne, mohammed, new NewWorkValueCheckIn(WorkValueMoment.OTHER,
				today.minusDays(3), later, "Sinds de nieuwe leidinggevende voelt hij zich minder gezien."));
		int[][] weeks = { { 4, 4, 4, 4 }, { 4, 4, 4, 5 }, { 4, 3, 4, 4 }, { 3, 2, 3, 3 } };
		for (int i = 0; i < weeks.length; i++) {
			int[] w = weeks[i];
			this.checkIns.recordBalance(sanne, mohammed,
					new NewBalanceCheckIn(today.minusWeeks(2L * (weeks.length - 1 - i) + 1),
							new BalanceScores(w[0], w[1], w[2], w[3]),
							(i == weeks.length - 1) ? "Lange dagen sinds de wisseling van leidinggevende." : null));
		}
		this.checkIns.recordAlliance(sanne, mohammed,
				new NewAllianceCheckIn(today.minusDays(30), new AllianceAnswers(4, 4, 5, 4, 5, 5), null));

		CurrentUser daan = demo.user("daan");
		this.checkIns.recordWorkValues(daan, active(daan, "Bas"),
				new NewWorkValueCheckIn(WorkValueMoment.INTAKE, today.minusDays(60), answers(4, 3), null));
	}

	/**
	 * The coach's active trajectory of the participant with this given name.
	 */
	private long active(CurrentUser coach, String givenName) {
		return this.caseloads.coachDashboard(coach)
			.getOrDefault(Phase.ACTIVE, List.of())
			.stream()
			.filter(row -> row.participantName().startsWith(givenName + " "))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No active trajectory of " + givenName))
			.id();
	}

	/**
	 * Answers that vary over the values: most important, some enabled, fewer realised.
	 */
	private static List<WorkValueAnswer> answers(int high, int middle) {
		List<WorkValueAnswer> answers = new ArrayList<>();
		for (WorkValue value : WorkValue.values()) {
			int k = value.ordinal();
			answers.add(new WorkValueAnswer(value, (k % 3 == 2) ? middle - 1 : high, (k % 2 == 0) ? high : middle,
					(k == 5) ? 2 : middle));
		}
		return answers;
	}

}
