package nl.tandem.trajectory;

import java.math.BigDecimal;
import java.util.Set;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.StatementCounter;
import nl.tandem.TandemTest;
import nl.tandem.employer.Employers;
import nl.tandem.participant.IntakeContent;
import nl.tandem.participant.WorkValue;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TandemTest
class TrajectoryServiceTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Trajectories trajectories;

	@Autowired
	nl.tandem.plan.Plans plans;

	@Autowired
	Caseloads caseloads;

	@Autowired
	Employers employers;

	@Autowired
	JdbcClient jdbc;

	TrajectoryFixtures make;

	TestOrganisation organisation;

	@BeforeEach
	void organisation() {
		this.make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.organisation = this.fixtures.organisation();
	}

	@Test
	void aCoachWhoRefersBecomesTheCoachAndTheTimelineShowsTheReferral() {
		long id = this.make.referral(this.organisation.coach(), "Kees", "Kandidaat");
		TrajectoryDetails details = this.trajectories.details(this.organisation.coach().user(), id);
		assertThat(details.phase()).isEqualTo(Phase.REFERRED);
		assertThat(details.coachId()).isEqualTo(this.organisation.coach().personId());
		assertThat(details.participantName()).isEqualTo("Kees Kandidaat");
		assertThat(details.timeline()).extracting(TrajectoryDetails.TimelineEntry::code)
			.contains("REFERRED", "Sanne Coach");
	}

	@Test
	void completingTheIntakeMovesTheTrajectoryToPlanningButNotWhenTheAgendaIsMissing() {
		var coach = this.organisation.coach().user();
		long id = this.make.referral(this.organisation.coach(), "Ilse", "Intake");
		this.trajectories.startIntake(coach, id, this.make.version(coach, id));
		IntakeContent withoutAgenda = new IntakeContent(null, null, null, null, null, null, null, null, null,
				"Steun bij drukte", "Vaste baan", Set.of(), null);
		assertThatThrownBy(
				() -> this.trajectories.saveIntake(coach, id, null, withoutAgenda, true, this.make.version(coach, id)))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("intake.incomplete");
		assertThat(this.trajectories.intake(coach, id)).as("nothing half-saved").isEmpty();
		this.trajectories.saveIntake(coach, id, null, intake("Migraine"), true, this.make.version(coach, id));
		assertThat(this.trajectories.details(coach, id).phase()).isEqualTo(Phase.PLANNING);
	}

	@Test
	void readingTheHealthPartOfAnIntakeIsLogged() {
		long id = this.make.active(this.organisation, this.organisation.coach(), "Gerrit", "Gezond");
		long before = accessLogEntries();
		assertThat(this.trajectories.intake(this.organisation.coach().user(), id)).hasValueSatisfying(
				intake -> assertThat(intake.content().medicationEffects()).isEqualTo("Slaapt slecht door medicatie"));
		assertThat(accessLogEntries()).isEqualTo(before + 1);
		assertThat(this.jdbc.sql("select subject from access_log where organisation_id = :o order by id desc limit 1")
			.param("o", this.organisation.id())
			.query(String.class)
			.single()).isEqualTo("INTAKE_HEALTH");
	}

	@Test
	void aCoachSeesOnlyTheirOwnTrajectories() {
		long mine = this.make.referral(this.organisation.coach(), "Mijn", "Deelnemer");
		assertThatThrownBy(() -> this.trajectories.details(this.organisation.otherCoach().user(), mine))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.trajectories.startIntake(this.organisation.otherCoach().user(), mine, 0))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.caseloads.search(this.organisation.otherCoach().user(), "", null, 0).total()).isZero();
		assertThat(this.caseloads.search(this.organisation.coach().user(), "", null, 0).total()).isEqualTo(1);
	}

	@Test
	void anotherOrganisationsTrajectoryIsNotFound() {
		long theirs = this.make.referral(this.organisation.coach(), "Hun", "Deelnemer");
		TestOrganisation other = this.fixtures.organisation();
		assertThatThrownBy(() -> this.trajectories.details(other.admin().user(), theirs))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.trajectories.details(other.teamLead().user(), theirs))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theTeamLeadWorksOnTheTeamsTrajectoriesAndTheAdminSeesOnlyTheRegister() {
		long id = this.make.active(this.organisation, this.organisation.coach(), "Tessa", "Team");
		assertThat(this.trajectories.intake(this.organisation.teamLead().user(), id)).isPresent();
		TrajectoryDetails register = this.trajectories.details(this.organisation.admin().user(), id);
		assertThat(register.participantName()).isEqualTo("Tessa Team");
		assertThat(register.referralReason()).isNull();
		assertThat(register.mayWork()).isFalse();
		assertThatThrownBy(() -> this.trajectories.intake(this.organisation.admin().user(), id))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aStaleVersionIsRefusedAndChangesNothing() {
		var coach = this.organisation.coach().user();
		long id = this.make.active(this.organisation, this.organisation.coach(), "Vera", "Versie");
		long version = this.make.version(coach, id);
		this.trajectories.phaseOut(coach, id, version);
		assertThatThrownBy(
				() -> this.trajectories.pause(coach, id, version, "Ziek", TrajectoryFixtures.TODAY.plusDays(9)))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(this.trajectories.details(coach, id).phase()).isEqualTo(Phase.PHASING_OUT);
	}

	@Test
	void theUwvRulesWarnAboutAPlacementOfTooFewHours() {
		var coach = this.organisation.coach().user();
		long id = this.make.active(this.organisation, this.organisation.coach(), "Wim", "Waarschuwing");
		assertThat(this.trajectories.details(coach, id).warnings()).isEmpty();
		long employer = this.make.employer(this.organisation, "Kleine Winkel");
		this.trajectories.place(coach, id, this.make.version(coach, id),
				new PlacementDetails(employer, null, null, "Verkoper", new BigDecimal("8"), ContractType.FIXED_TERM,
						TrajectoryFixtures.TODAY, TrajectoryFixtures.TODAY.plusMonths(3), null));
		assertThat(this.trajectories.details(coach, id).warnings()).extracting(RuleWarning::rule)
			.containsExactlyInAnyOrder(FunderRule.MIN_HOURS_PER_WEEK, FunderRule.MIN_CONTRACT_MONTHS,
					FunderRule.MAX_GRANT_SHARE_FIRST_PERIOD);
	}

	@Test
	void aPlacementAtAnotherOrganisationsEmployerIsRefused() {
		var coach = this.organisation.coach().user();
		long id = this.make.referral(this.organisation.coach(), "Piet", "Plaatsing");
		TestOrganisation other = this.fixtures.organisation();
		long foreign = this.make.employer(other, "Vreemde Werkgever");
		assertThatThrownBy(
				() -> this.trajectories.place(coach, id, this.make.version(coach, id),
						new PlacementDetails(foreign, null, null, null, new BigDecimal("20"), null,
								TrajectoryFixtures.TODAY, null, null)))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("placement.employer.unknown");
		assertThat(this.trajectories.details(coach, id).placements()).isEmpty();
	}

	@Test
	void searchFindsTrajectoriesByParticipantAndByEmployer() {
		this.make.active(this.organisation, this.organisation.coach(), "Zoë", "Zoekbaar");
		this.make.referral(this.organisation.coach(), "Ander", "Iemand");
		var coach = this.organisation.coach().user();
		assertThat(this.caseloads.search(coach, "zoekbaar", null, 0).rows()).singleElement()
			.satisfies(row -> assertThat(row.employerName()).isEqualTo("Bakkerij Test Zoë"));
		assertThat(this.caseloads.search(coach, "bakkerij test zo", null, 0).total()).isEqualTo(1);
		assertThat(this.caseloads.search(coach, "", Phase.REFERRED, 0).total()).isEqualTo(1);
	}

	@Test
	void theCoachDashboardTakesAFixedNumberOfStatementsWhateverTheCaseload() {
		var coach = this.organisation.coach();
		this.make.active(this.organisation, coach, "Een", "Eerste");
		StatementCounter.reset();
		this.caseloads.coachDashboard(coach.user());
		int small = StatementCounter.count();
		for (int i = 0; i < 6; i++) {
			this.make.active(this.organisation, coach, "Deelnemer" + i, "Meer");
			this.make.referral(coach, "Nieuw" + i, "Meer");
		}
		StatementCounter.reset();
		var dashboard = this.caseloads.coachDashboard(coach.user());
		// trajectories, participants, employers, coaches, next planned sessions, time
		// used this period
		assertThat(StatementCounter.count()).isEqualTo(small).isLessThanOrEqualTo(6);
		assertThat(dashboard.get(Phase.ACTIVE)).hasSize(7);
		assertThat(dashboard.get(Phase.REFERRED)).hasSize(6);
	}

	@Test
	void theTeamLeadSeesTheCaseloadPerCoachAndTheUnassignedReferrals() {
		this.make.active(this.organisation, this.organisation.coach(), "Cas", "Caseload");
		long unassigned = this.trajectories.refer(this.organisation.teamLead().user(),
				new NewReferral(null,
						new nl.tandem.participant.ParticipantDetails("Open", null, "Aanmelding", null, null, null, "nl",
								null),
						new Referral(ReferrerKind.MUNICIPALITY, null, TrajectoryFixtures.TODAY, "Werk zoeken"), null));
		var lead = this.organisation.teamLead().user();
		assertThat(this.caseloads.caseloads(lead))
			.extracting(Caseloads.CoachCaseload::coachName, Caseloads.CoachCaseload::active)
			.contains(org.assertj.core.groups.Tuple.tuple("Sanne Coach", 1),
					org.assertj.core.groups.Tuple.tuple("Daan Coach", 0));
		assertThat(this.caseloads.unassigned(lead)).extracting(Caseloads.TrajectoryRow::id).containsExactly(unassigned);
		this.trajectories.assignCoach(lead, unassigned, this.make.version(lead, unassigned),
				this.organisation.otherCoach().personId(), null);
		assertThat(this.caseloads.unassigned(lead)).isEmpty();
	}

	static IntakeContent intake(String medication) {
		return new IntakeContent("Magazijn", "Mbo 2", "Nauwkeurig", "Zelfstandig", "Rond", "Zus", "Alleen",
				"Spanning bij drukte", medication, "Steun bij drukte", "Vaste baan",
				Set.of(WorkValue.MEANINGFUL_CONTACTS), "Grenzen leren aangeven");
	}

	private long accessLogEntries() {
		return this.jdbc.sql("select count(*) from access_log where organisation_id = :o")
			.param("o", this.organisation.id())
			.query(Long.class)
			.single();
	}

}
