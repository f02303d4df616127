package nl.tandem.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import nl.tandem.coaching.Attendee;
import nl.tandem.coaching.HeldSession;
import nl.tandem.coaching.NoteVisibility;
import nl.tandem.coaching.SessionMode;
import nl.tandem.coaching.Sessions;
import nl.tandem.employer.EmployerRow;
import nl.tandem.employer.EmployerView;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.participant.IntakeContent;
import nl.tandem.participant.ParticipantDetails;
import nl.tandem.participant.WorkValue;
import nl.tandem.plan.Actor;
import nl.tandem.plan.AttentionDomain;
import nl.tandem.plan.Goal;
import nl.tandem.plan.GoalArea;
import nl.tandem.plan.GoalKind;
import nl.tandem.plan.IntensityProfile;
import nl.tandem.plan.Party;
import nl.tandem.plan.Plans;
import nl.tandem.plan.Schedules;
import nl.tandem.plan.SignOffMethod;
import nl.tandem.trajectory.AssessmentContent;
import nl.tandem.trajectory.ContextEventKind;
import nl.tandem.trajectory.ContractType;
import nl.tandem.trajectory.EndReason;
import nl.tandem.trajectory.Funder;
import nl.tandem.trajectory.GrantDetails;
import nl.tandem.trajectory.NewReferral;
import nl.tandem.trajectory.Phase;
import nl.tandem.trajectory.PlacementDetails;
import nl.tandem.trajectory.Referral;
import nl.tandem.trajectory.ReferrerKind;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.WorkplaceAssessmentMatch;

import org.springframework.stereotype.Component;

/**
 * Demo participants with trajectories in every phase, taken there step by step through
 * the trajectory service as their coaches would.
 */
@Component
class TrajectoryDemoStep implements DemoStep {

	private final Trajectories trajectories;

	private final Employers employers;

	private final Plans plans;

	private final Schedules schedules;

	private final Sessions sessions;

	TrajectoryDemoStep(Trajectories trajectories, Employers employers, Plans plans, Schedules schedules,
			Sessions sessions) {
		this.sessions = sessions;
		this.trajectories = trajectories;
		this.employers = employers;
		this.plans = plans;
		this.schedules = schedules;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public void create(DemoOrganisation demo) {
		LocalDate today = demo.today();
		CurrentUser lead = demo.user("teamleider.noord");
		List<EmployerRow> employers = this.employers.search(demo.user("admin"), "", 0).rows();
		refer(lead, demo, null, "Kevin", null, "Smits", ReferrerKind.UWV, today.minusDays(3), Phase.REFERRED, employers,
				0);
		refer(demo.user("sanne"), demo, demo.user("sanne"), "Ayşe", null, "Demir", ReferrerKind.MUNICIPALITY,
				today.minusDays(10), Phase.REFERRED, employers, 0);
		refer(demo.user("sanne"), demo, demo.user("sanne"), "Thomas", "de", "Boer", ReferrerKind.PARTICIPANT,
				today.minusDays(40), Phase.INTAKE, employers, 0);
		refer(demo.user("daan"), demo, demo.user("daan"), "Lisa", "van", "Leeuwen", ReferrerKind.UWV,
				today.minusDays(60), Phase.PLANNING, employers, 1);
		refer(demo.user("sanne"), demo, demo.user("sanne"), "Mohammed", null, "Amrani", ReferrerKind.UWV,
				today.minusMonths(4), Phase.ACTIVE, employers, 0);
		refer(demo.user("fatima"), demo, demo.user("fatima"), "Emma", null, "Jacobs", ReferrerKind.EMPLOYER,
				today.minusMonths(5), Phase.ACTIVE, employers, 2);
		refer(demo.user("daan"), demo, demo.user("daan"), "Bas", "van der", "Linden", ReferrerKind.MUNICIPALITY,
				today.minusMonths(3), Phase.ACTIVE, employers, 3);
		refer(demo.user("joost"), demo, demo.user("joost"), "Ricardo", null, "Gomes", ReferrerKind.CARE_PROVIDER,
				today.minusMonths(6), Phase.PAUSED, employers, 4);
		refer(demo.user("lieke"), demo, demo.user("lieke"), "Sophie", null, "Wouters", ReferrerKind.UWV,
				today.minusMonths(9), Phase.PHASING_OUT, employers, 5);
		refer(demo.user("bram"), demo, demo.user("bram"), "Jeroen", null, "Koster", ReferrerKind.UWV,
				today.minusMonths(11), Phase.EVALUATION, employers, 1);
		refer(demo.user("sanne"), demo, demo.user("sanne"), "Nina", null, "Verhoeven", ReferrerKind.MUNICIPALITY,
				today.minusMonths(14), Phase.CLOSED, employers, 2);
	}

	/**
	 * A plan as a coach writes it with participant and employer: a learning goal at work,
	 * a personal goal, attention points, agreements, a standard tapering schedule, and,
	 * when {@code agree}, the three sign-offs.
	 */
	private void plan(CurrentUser coach, long id, LocalDate start, LocalDate today, boolean agree) {
		int number = this.plans.startDraft(coach, id);
		this.plans.describe(coach, id, number, planVersion(coach, id), start, start.plusMonths(12),
				"Dat ik mijn werk kan houden en minder moe thuiskom.",
				"Een collega die zelfstandig de ochtendploeg draait.",
				"Dat de deelnemer zelf leert aangeven wat hij nodig heeft.");
		this.plans.addGoal(coach, id, number, planVersion(coach, id),
				new Goal.Content(GoalArea.WORK, GoalKind.LEARNING, "Leren aangeven wanneer het te druk wordt",
						"Dan hoef ik niet uit te vallen.", "Ik meld het zelf aan mijn leidinggevende, 1 keer per week.",
						start.plusMonths(3)));
		this.plans.addGoal(coach, id, number, planVersion(coach, id),
				new Goal.Content(GoalArea.PERSONAL, GoalKind.PERFORMANCE, "Elke werkdag om 23 uur naar bed",
						"Uitgerust beginnen.", "Minder dan 2 keer per maand te laat.", start.plusMonths(2)));
		this.plans.addAttentionPoint(coach, id, number, planVersion(coach, id), AttentionDomain.COMMUNICATION, null,
				"Vraagt laat om hulp.");
		this.plans.addAttentionPoint(coach, id, number, planVersion(coach, id), AttentionDomain.WORK_PACE, null,
				"Vaste pauzes na twee uur werk.");
		this.plans.addAgreement(coach, id, number, planVersion(coach, id), Actor.BUDDY,
				"Is het eerste aanspreekpunt bij vragen over taken.", null);
		this.plans.addAgreement(coach, id, number, planVersion(coach, id), Actor.PARTICIPANT,
				"Houdt een dagboekje bij van energie en drukte.", start.plusWeeks(4));
		this.schedules.generate(coach, id, -1, IntensityProfile.Preset.STANDARD.profile(), start, start.plusMonths(12));
		if (!agree) {
			return;
		}
		this.plans.propose(coach, id, number, planVersion(coach, id));
		LocalDate agreedOn = start.isAfter(today) ? today : start;
		this.plans.signOff(coach, id, number, planVersion(coach, id), Party.PARTICIPANT, agreedOn,
				SignOffMethod.IN_PERSON);
		this.plans.signOff(coach, id, number, planVersion(coach, id), Party.EMPLOYER, agreedOn, SignOffMethod.EMAIL);
		this.plans.signOff(coach, id, number, planVersion(coach, id), Party.COACH, agreedOn, SignOffMethod.IN_PERSON);
	}

	/**
	 * The first planned sessions before today, recorded as a coach would: held at the
	 * workplace, work on the first goal, a note for the coach alone, and one action.
	 */
	private void sessions(CurrentUser coach, long id, LocalDate today) {
		var goal = this.plans.page(coach, id, null).plan().goals().get(0).key();
		var past = this.schedules.schedule(coach, id)
			.sessions()
			.stream()
			.filter(s -> s.on().isBefore(today))
			.limit(3)
			.toList();
		int score = 3;
		for (var planned : past) {
			this.sessions
				.recordHeld(coach, id,
						new HeldSession(planned.key(), planned.on(), LocalTime.of(10, 0), planned.minutes(),
								SessionMode.WORKPLACE, Set.of(Attendee.PARTICIPANT, Attendee.SUPERVISOR),
								Set.of(AttentionDomain.COMMUNICATION),
								List.of(new HeldSession.Goal(goal, "Stap gezet.", score++)),
								List.of(new HeldSession.Note("Oogt moe; slaapt slecht door de medicatie.",
										NoteVisibility.COACH_ONLY, true),
										new HeldSession.Note("Goed gesprek op de werkvloer.",
												NoteVisibility.SHARED_WITH_EMPLOYER, false)),
								"Het inwerken gaat volgens plan.", List.of(),
								List.of(new HeldSession.Action(Actor.SUPERVISOR,
										"Vaste pauzetijden in het rooster zetten.", planned.on().plusDays(14))),
								false));
		}
	}

	private long planVersion(CurrentUser coach, long id) {
		return this.plans.page(coach, id, null).plan().version();
	}

	private void refer(CurrentUser by, DemoOrganisation demo, CurrentUser coach, String given, String prefix,
			String family, ReferrerKind referrer, LocalDate referredOn, Phase target, List<EmployerRow> employers,
			int employer) {
		ParticipantDetails participant = new ParticipantDetails(given, prefix, family,
				referredOn.minusYears(24 + given.length()), null, null, "nl",
				"D-" + family.toUpperCase().charAt(0) + referredOn.getDayOfYear());
		long id = this.trajectories.refer(by,
				new NewReferral(null, participant,
						new Referral(referrer, null, referredOn,
								"Wil graag aan het werk blijven met steun op de werkvloer."),
						(coach != null) ? coach.personId() : null));
		if (target == Phase.REFERRED) {
			return;
		}
		this.trajectories.startIntake(coach, id, version(coach, id));
		this.trajectories.saveIntake(coach, id, null, intake(), false, version(coach, id));
		if (target == Phase.INTAKE) {
			return;
		}
		this.trajectories.saveIntake(coach, id, 0L, intake(), true, version(coach, id));
		EmployerView chosen = this.employers.find(coach, employers.get(employer % employers.size()).id());
		place(coach, id, chosen, referredOn.plusWeeks(3), (employer == 2) ? "10" : "24");
		this.trajectories.saveAssessment(coach, id, null,
				new AssessmentContent("Vakken vullen en klanten helpen.", "Rustig in de ochtend, druk rond de middag.",
						"Vast team, duidelijke planning.", "Een vaste buddy in het team.", "Vaste pauzetijden.",
						WorkplaceAssessmentMatch.GOOD, "Zelfstandig werken in een vast ritme.",
						"Nauwkeurig en betrokken.", "Eerst samen met de buddy, dan steeds zelfstandiger.",
						referredOn.plusWeeks(2)));
		this.trajectories.fund(coach, id, version(coach, id), new GrantDetails(Funder.UWV, null, "UWV-" + (100000 + id),
				referredOn.plusWeeks(4), 6, 2, new BigDecimal("40"), new BigDecimal("92.50")));
		plan(coach, id, referredOn.plusWeeks(4), demo.today(), target != Phase.PLANNING);
		if (target == Phase.PLANNING) {
			return;
		}
		this.trajectories.activate(coach, id, version(coach, id));
		sessions(coach, id, demo.today());
		if (target == Phase.ACTIVE) {
			if (employer == 0) {
				this.trajectories.recordEvent(coach, id, version(coach, id), ContextEventKind.NEW_MANAGER,
						demo.today().minusDays(5), "De vaste leidinggevende is vertrokken.");
			}
			return;
		}
		if (target == Phase.PAUSED) {
			this.trajectories.pause(coach, id, version(coach, id), "Tijdelijk uitgevallen; rust nodig.",
					demo.today().plusWeeks(3));
			return;
		}
		if (target == Phase.CLOSED) {
			this.trajectories.close(coach, id, version(coach, id), EndReason.JOB_LOST,
					"Contract niet verlengd na reorganisatie.");
			return;
		}
		this.trajectories.phaseOut(coach, id, version(coach, id));
		if (target == Phase.EVALUATION) {
			this.trajectories.startEvaluation(coach, id, version(coach, id));
		}
	}

	private void place(CurrentUser coach, long id, EmployerView employer, LocalDate start, String hours) {
		Long workplace = employer.workplaces().isEmpty() ? null : employer.workplaces().get(0).id();
		Long supervisor = employer.contacts().isEmpty() ? null : employer.contacts().get(0).id();
		this.trajectories.place(coach, id, version(coach, id),
				new PlacementDetails(employer.id(), workplace, supervisor, "Medewerker", new BigDecimal(hours),
						ContractType.FIXED_TERM, start, start.plusYears(1).minusDays(1), start.plusMonths(2)));
	}

	private long version(CurrentUser user, long id) {
		return this.trajectories.details(user, id).version();
	}

	private static IntakeContent intake() {
		return new IntakeContent("Eerder gewerkt in de logistiek.", "Mbo niveau 2.", "Precies, behulpzaam.",
				"Woont zelfstandig.", "Rondkomen lukt.", "Zus en een vriend als steun.", "Woont alleen.",
				"Heeft last van spanning bij drukte.", "Soms vermoeid door medicatie.",
				"Steun bij het omgaan met drukte en het aangeven van grenzen.", "Een vaste baan met vaste collega's.",
				Set.of(WorkValue.MEANINGFUL_CONTACTS, WorkValue.USING_KNOWLEDGE_AND_SKILLS),
				"Leren zeggen wanneer het te veel wordt.");
	}

}
