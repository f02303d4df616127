package nl.tandem.trajectory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

import nl.tandem.Fixtures.Member;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.employer.ContactDetails;
import nl.tandem.employer.ContactRole;
import nl.tandem.employer.Country;
import nl.tandem.employer.EmployerDetails;
import nl.tandem.employer.EmployerSize;
import nl.tandem.employer.Employers;
import nl.tandem.employer.WorkplaceDetails;
import nl.tandem.identity.CurrentUser;
import nl.tandem.participant.ParticipantDetails;
import nl.tandem.plan.Goal;
import nl.tandem.plan.GoalArea;
import nl.tandem.plan.GoalKind;
import nl.tandem.plan.Party;
import nl.tandem.plan.Plans;
import nl.tandem.plan.SignOffMethod;

/**
 * Trajectories, participants and employers for tests, made through the services.
 */
public record TrajectoryFixtures(Trajectories trajectories, Employers employers, Plans plans) {

	public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

	public long referral(Member coach, String given, String family) {
		return this.trajectories.refer(coach.user(),
				new NewReferral(null,
						new ParticipantDetails(given, null, family, LocalDate.of(1998, 5, 4), null, null, "nl", null),
						new Referral(ReferrerKind.UWV, null, TODAY.minusDays(2), "Werk behouden"), null));
	}

	/**
	 * A plan with one learning goal, agreed by all three today.
	 */
	public void agreePlan(CurrentUser user, long id) {
		int number = this.plans.startDraft(user, id);
		this.plans.describe(user, id, number, planVersion(user, id), TODAY, TODAY.plusMonths(6), null, null, null);
		this.plans.addGoal(user, id, number, planVersion(user, id), new Goal.Content(GoalArea.WORK, GoalKind.LEARNING,
				"Leren aangeven wanneer het te druk wordt", null, null, null));
		this.plans.propose(user, id, number, planVersion(user, id));
		for (Party party : Party.values()) {
			this.plans.signOff(user, id, number, planVersion(user, id), party, TODAY, SignOffMethod.IN_PERSON);
		}
	}

	public long planVersion(CurrentUser user, long id) {
		return this.plans.page(user, id, null).plan().version();
	}

	public long version(CurrentUser user, long id) {
		return this.trajectories.details(user, id).version();
	}

	/**
	 * A trajectory of the coach taken to {@code ACTIVE}: intake, plan agreed, a placement
	 * and a grant.
	 */
	public long active(TestOrganisation organisation, Member coach, String given, String family) {
		long id = planning(organisation, coach, given, family);
		CurrentUser user = coach.user();
		agreePlan(user, id);
		this.trajectories.activate(user, id, version(user, id));
		return id;
	}

	/**
	 * A trajectory of the coach in {@code PLANNING}: intake completed (with health
	 * content), a placement of 24 hours a week and a UWV grant of 40 hours per 6 months,
	 * no plan yet.
	 */
	public long planning(TestOrganisation organisation, Member coach, String given, String family) {
		long id = referral(coach, given, family);
		CurrentUser user = coach.user();
		this.trajectories.startIntake(user, id, version(user, id));
		this.trajectories.saveIntake(user, id, null, TrajectoryServiceTests.intake("Slaapt slecht door medicatie"),
				true, version(user, id));
		long employer = employer(organisation, "Bakkerij Test " + given);
		this.trajectories.place(user, id, version(user, id), new PlacementDetails(employer, null, null, "Bakker",
				new BigDecimal("24"), ContractType.FIXED_TERM, TODAY.minusDays(10), TODAY.plusYears(1), null));
		this.trajectories.fund(user, id, version(user, id), new GrantDetails(Funder.UWV, null, "R-" + id,
				TODAY.minusDays(10), 6, 2, new BigDecimal("40"), new BigDecimal("90")));
		return id;
	}

	public long employer(TestOrganisation organisation, String name) {
		long employer = this.employers.register(organisation.admin().user(), new EmployerDetails(name, null, Country.NL,
				"Dorpsstraat 1", "1234 AB", "Utrecht", "Voeding", EmployerSize.SMALL));
		this.employers.addContact(organisation.admin().user(), employer,
				new ContactDetails("Petra", "Leiding", ContactRole.SUPERVISOR, "petra@bakkerij.test", null));
		this.employers.addWorkplace(organisation.admin().user(), employer,
				new WorkplaceDetails("Winkel centrum", "Dorpsstraat 1", "1234 AB", "Utrecht"));
		return employer;
	}

}
