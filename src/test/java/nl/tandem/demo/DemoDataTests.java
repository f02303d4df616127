package nl.tandem.demo;

import java.time.LocalDate;
import java.util.List;

import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.identity.Role;
import nl.tandem.monitoring.CheckIns;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@TandemTest
class DemoDataTests {

	private static final String SCALE_EMPLOYERS = """
			select count(*) from employer e join organisation o on o.id = e.organisation_id
			where o.name like 'Schaalorganisatie %'
			""";

	@Autowired
	DemoData demo;

	@Autowired
	ScaleGenerator scale;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Logins logins;

	@Autowired
	CheckIns checkIns;

	@Test
	void theDemoOrganisationHasTeamsCoachesAndEveryRole() throws Exception {
		List<DemoData.Login> created = this.demo.create("demo password 1", LocalDate.now());
		assertThat(created.stream().filter(login -> login.roles().contains(Role.COACH)).count())
			.isGreaterThanOrEqualTo(6);
		assertThat(created).flatExtracting(DemoData.Login::roles).containsAll(Role.STAFF);
		long organisation = this.jdbc.sql("select id from organisation where name = 'Jobcoaching De Brug (demo)'")
			.query(Long.class)
			.single();
		assertThat(count("select count(*) from team where organisation_id = " + organisation))
			.isGreaterThanOrEqualTo(2);
		assertThat(this.logins.session("sanne@debrug.example", "demo password 1")).isNotNull();
		assertThat(
				this.logins.attempt("mohammed@deelnemer.example", "demo password 1").getResponse().getRedirectedUrl())
			.as("the demo participant signs in to the portal")
			.isEqualTo("/portal");
		assertThat(created).extracting(DemoData.Login::email).contains("mohammed@deelnemer.example");
		assertThat(this.jdbc.sql("select distinct phase from trajectory where organisation_id = :o")
			.param("o", organisation)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("REFERRED", "INTAKE", "PLANNING", "ACTIVE", "PAUSED", "PHASING_OUT",
					"EVALUATION", "CLOSED");
		theDemoOrganisationHasEmployersWithASupervisorABuddyAndAWorkplace(organisation);
		theDemoOrganisationHasEarlyWarningPlansZonesAndProposals(organisation);
		theDemoCoachSeesARadarAndABalanceTrend(organisation);
		theDemoHasAnEvaluationRatingsAndFollowUps(organisation);
		theDemoHasAnEmployerContactWhoSeesAnEmployee(created, organisation);
	}

	private void theDemoHasAnEmployerContactWhoSeesAnEmployee(List<DemoData.Login> created, long organisation)
			throws Exception {
		assertThat(created).filteredOn(login -> login.roles().contains(Role.EMPLOYER_CONTACT))
			.extracting(DemoData.Login::email)
			.containsExactly("marieke.dijkstra@krentje.example");
		assertThat(this.logins.attempt("marieke.dijkstra@krentje.example", "demo password 1")
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/portal");
		assertThat(count("select count(distinct category) from consent where withdrawn_at is null"
				+ " and category like 'EMPLOYER_%' and organisation_id = " + organisation))
			.as("the employee shares some parts with the employer, not all")
			.isEqualTo(3);
	}

	private void theDemoHasAnEvaluationRatingsAndFollowUps(long organisation) {
		assertThat(count("select count(*) from evaluation where status = 'DRAFT' and outcome = 'SAME_EMPLOYER'"
				+ " and organisation_id = " + organisation))
			.isEqualTo(1);
		assertThat(count("select count(*) from evaluation_goal where organisation_id = " + organisation)).isPositive();
		assertThat(count("select count(*) from satisfaction_rating where organisation_id = " + organisation))
			.isEqualTo(2);
		assertThat(count("select count(*) from follow_up f join trajectory t on t.id = f.trajectory_id"
				+ " where t.phase = 'CLOSED' and f.organisation_id = " + organisation))
			.as("the closed trajectory's follow-ups, scheduled when it closed")
			.isEqualTo(3);
	}

	private void theDemoOrganisationHasEarlyWarningPlansZonesAndProposals(long organisation) {
		assertThat(count("select count(*) from early_warning_plan where status = 'AGREED' and organisation_id = "
				+ organisation))
			.isPositive();
		assertThat(
				count("select count(*) from zone_record where zone = 'ORANGE' and organisation_id = " + organisation))
			.isEqualTo(1);
		assertThat(count("select count(distinct trigger) from intensification where status = 'PROPOSED'"
				+ " and organisation_id = " + organisation))
			.as("open proposals for a new manager and for the orange zone")
			.isEqualTo(2);
	}

	private void theDemoCoachSeesARadarAndABalanceTrend(long organisation) {
		long mohammed = this.jdbc.sql("""
				select t.id from trajectory t join participant p on p.id = t.participant_id
				where t.organisation_id = :o and p.given_name = 'Mohammed'
				""").param("o", organisation).query(Long.class).single();
		assertThat(this.checkIns.droppedOut(organisation, List.of(mohammed))).containsKey(mohammed);
		assertThat(this.checkIns.latestBalance(organisation, List.of(mohammed)).get(mohammed).stable()).isFalse();
		assertThat(this.checkIns.latestAlliance(organisation, List.of(mohammed)).get(mohammed).signal()).isFalse();
		assertThat(count("select count(*) from balance_check_in where trajectory_id = " + mohammed)).isEqualTo(4);
	}

	private void theDemoOrganisationHasEmployersWithASupervisorABuddyAndAWorkplace(long organisation) {
		assertThat(count("select count(*) from employer where organisation_id = " + organisation))
			.isGreaterThanOrEqualTo(6);
		for (String role : List.of("SUPERVISOR", "COLLEAGUE_BUDDY")) {
			assertThat(count("""
					select count(*) from employer e where e.organisation_id = %d and not exists (
					  select 1 from employer_contact c where c.employer_id = e.id and c.role = '%s' and c.active)
					""".formatted(organisation, role))).as("employers without an active " + role).isZero();
		}
		assertThat(
				count("select count(*) from employer_contact where role = 'HR' and organisation_id = " + organisation))
			.isPositive();
		assertThat(count("""
				select count(*) from employer e where e.organisation_id = %d
				and not exists (select 1 from workplace w where w.employer_id = e.id)
				""".formatted(organisation))).as("employers without a workplace").isZero();
	}

	@Test
	void theScaleGeneratorFillsOrganisationsWithLoginsAndRunsOnlyOnce() throws Exception {
		this.scale.generate(4000, "scale password");
		assertThat(count("select count(*) from organisation where name like 'Schaalorganisatie %'")).isEqualTo(2);
		assertThat(count("""
				select count(*) from account a join organisation o on o.id = a.organisation_id
				where o.name like 'Schaalorganisatie %' and 'COACH' = any (a.roles)
				""")).isEqualTo(200);
		assertThat(count("""
				select count(*) from staff_member s join team t on t.id = s.team_id
				where t.organisation_id <> s.organisation_id
				""")).isZero();
		assertThat(this.logins.session("coach1@schaal1.example", "scale password")).isNotNull();
		assertThat(this.logins.session("admin@schaal2.example", "scale password")).isNotNull();
		assertThat(count("select count(*) from trajectory t join organisation o on o.id = t.organisation_id "
				+ "where o.name like 'Schaalorganisatie %'"))
			.isEqualTo(4000);
		assertThat(count("select count(distinct phase) from trajectory t join organisation o "
				+ "on o.id = t.organisation_id where o.name like 'Schaalorganisatie %'"))
			.isEqualTo(8);
		assertThat(count("select count(*) from trajectory t join staff_member s on s.id = t.coach_id "
				+ "where s.organisation_id <> t.organisation_id"))
			.isZero();
		theScaleOrganisationsHaveAnEmployerForEveryFiveTrajectories();
		theScaleTrajectoriesHavePlansAndSchedules();
		theScaleTrajectoriesBeingCoachedHaveEarlyWarningData();
		theScaleTrajectoriesHaveCheckInsAndSomeRaiseSignals();
		theScaleTrajectoriesHaveEvaluationsRatingsAndFollowUps();
		this.scale.generate(4000, "scale password");
		assertThat(count("select count(*) from organisation where name like 'Schaalorganisatie %'")).isEqualTo(2);
		assertThat(count(SCALE_EMPLOYERS)).isEqualTo(800);
	}

	private void theScaleOrganisationsHaveAnEmployerForEveryFiveTrajectories() {
		assertThat(count(SCALE_EMPLOYERS)).as("2 organisations of 2,000 trajectories").isEqualTo(800);
		assertThat(
				count("""
						select count(*) from employer e join organisation o on o.id = e.organisation_id
						where o.name like 'Schaalorganisatie %' and (
						  (select count(*) from employer_contact c where c.employer_id = e.id and c.role = 'SUPERVISOR') <> 1
						  or (select count(*) from employer_contact c where c.employer_id = e.id and c.role = 'COLLEAGUE_BUDDY') <> 1
						  or (select count(*) from workplace w where w.employer_id = e.id) <> 1)
						"""))
			.as("employers without exactly a supervisor, a buddy and a workplace")
			.isZero();
		assertThat(count("""
				select count(*) from employer e join organisation o on o.id = e.organisation_id
				where o.name like 'Schaalorganisatie %'
				and (e.registration_number !~ '^[0-9]{8}$' or e.postal_code !~ '^[1-9][0-9]{3} [A-Z]{2}$')
				""")).as("employers with an invalid registration number or postal code").isZero();
	}

	private void theScaleTrajectoriesHavePlansAndSchedules() {
		String scale = " join organisation o on o.id = t.organisation_id where o.name like 'Schaalorganisatie %'";
		assertThat(count("select count(*) from trajectory t" + scale
				+ " and t.phase not in ('REFERRED', 'INTAKE', 'PLANNING') and not exists (select 1 from coaching_plan p"
				+ " where p.trajectory_id = t.id and p.status = 'AGREED'"
				+ " and (select count(*) from plan_sign_off s where s.coaching_plan_id = p.id) = 3)"))
			.as("trajectories past planning without an agreed, signed plan")
			.isZero();
		assertThat(count("select count(*) from trajectory t" + scale + " and t.phase = 'PLANNING'"
				+ " and not exists (select 1 from coaching_plan p where p.trajectory_id = t.id and p.status = 'DRAFT')"))
			.isZero();
		assertThat(
				count("select count(*) from planned_session s join coaching_schedule c on c.id = s.coaching_schedule_id"
						+ " join trajectory t on t.id = c.trajectory_id" + scale))
			.isEqualTo(19 * count("select count(*) from coaching_plan t" + scale));
		assertThat(count("select count(*) from plan_goal g join coaching_plan t on t.id = g.coaching_plan_id" + scale))
			.isEqualTo(3 * count("select count(*) from coaching_plan t" + scale));
		long heldPlanned = count(
				"select count(*) from planned_session s join coaching_schedule c on c.id = s.coaching_schedule_id"
						+ " join trajectory t on t.id = c.trajectory_id" + scale + " and s.held");
		assertThat(heldPlanned).as("planned sessions already held").isPositive();
		assertThat(count("select count(*) from coaching_session t" + scale + " and t.planned_session_key is not null"))
			.isEqualTo(heldPlanned);
		String perTrajectory = "select t.trajectory_id, count(*) n, bool_or(p.family_name = 'Gesprekken') busy"
				+ " from coaching_session t join trajectory tr on tr.id = t.trajectory_id"
				+ " join participant p on p.id = tr.participant_id" + scale + " group by t.trajectory_id";
		// about twenty sessions for a trajectory coached for a year (19 planned and the
		// calls between them)
		assertThat(count("select max(n) from (" + perTrajectory + ") c where not busy")).isBetween(20L, 30L);
		assertThat(count("select count(*) from (" + perTrajectory + ") c where busy and n = 100"))
			.as("one trajectory with a hundred sessions per organisation")
			.isEqualTo(count("select count(*) from organisation o where o.name like 'Schaalorganisatie %'"));
		assertThat(count("select count(*) from time_entry t" + scale))
			.isEqualTo(count("select count(*) from coaching_session t" + scale + " and t.status = 'HELD'"));
		assertThat(count("select count(*) from coaching_session t" + scale + " and t.status = 'HELD'"
				+ " and not exists (select 1 from session_goal g where g.coaching_session_id = t.id)"))
			.isZero();
	}

	private void theScaleTrajectoriesBeingCoachedHaveEarlyWarningData() {
		String scale = " join organisation o on o.id = t.organisation_id where o.name like 'Schaalorganisatie %'";
		long coached = count("select count(*) from trajectory t" + scale
				+ " and t.phase in ('ACTIVE', 'PHASING_OUT', 'PAUSED', 'EVALUATION')");
		assertThat(count("select count(*) from early_warning_plan t" + scale + " and t.status = 'AGREED'"))
			.isEqualTo(coached);
		assertThat(count("select count(*) from early_warning_zone t" + scale)).isEqualTo(4 * coached);
		assertThat(count("select count(*) from zone_record t" + scale)).isEqualTo(4 * coached);
		long raised = count("select count(*) from zone_record t" + scale
				+ " and t.zone in ('ORANGE', 'RED') and t.recorded_on = current_date - 7");
		assertThat(raised).as("raised this week").isBetween(coached / 10, coached / 5);
		assertThat(count("select count(*) from intensification t" + scale + " and t.status = 'PROPOSED'")).isPositive();
		assertThat(count("select count(*) from intensification t" + scale + " and t.status = 'ACCEPTED'")).isPositive();
		assertThat(count("select count(*) from intensification t" + scale + " and t.status = 'DECLINED'")).isPositive();
		assertThat(count("select count(*) from intensification t" + scale + " and t.trigger = 'EVENT'"
				+ " and not exists (select 1 from context_event e where e.trajectory_id = t.trajectory_id"
				+ " and e.position = t.event_position and e.kind = t.event_kind)"))
			.as("proposals for events that do not exist")
			.isZero();
	}

	private void theScaleTrajectoriesHaveCheckInsAndSomeRaiseSignals() {
		String scale = " join organisation o on o.id = t.organisation_id where o.name like 'Schaalorganisatie %'";
		assertThat(count("select count(*) from trajectory t" + scale + " and t.phase not in ('REFERRED', 'INTAKE')"
				+ " and not exists (select 1 from work_value_check_in c where c.trajectory_id = t.id"
				+ " and c.moment = 'INTAKE')"))
			.as("trajectories past the intake without a work-values check-in at the intake")
			.isZero();
		assertThat(count("select count(*) from work_value_check_in t" + scale
				+ " and (select count(*) from work_value_answer a where a.work_value_check_in_id = t.id) <> 7"))
			.as("work-values check-ins without an answer on each of the seven values")
			.isZero();
		assertThat(count("select count(*) from work_value_check_in t" + scale + " and t.moment = 'PERIOD_END'"))
			.isPositive();
		assertThat(count("select count(*) from balance_check_in t" + scale)).isPositive();
		long organisation = count("select min(id) from organisation where name like 'Schaalorganisatie %'");
		List<Long> coached = this.jdbc.sql("""
				select id from trajectory where organisation_id = :o and phase in ('ACTIVE', 'PHASING_OUT', 'PAUSED')
				""").param("o", organisation).query(Long.class).list();
		assertThat(this.checkIns.droppedOut(organisation, coached)).as("values that dropped out").isNotEmpty();
		assertThat(this.checkIns.latestAlliance(organisation, coached).values()).anyMatch(status -> status.low())
			.anyMatch(status -> status.falling())
			.anyMatch(status -> !status.signal());
		assertThat(this.checkIns.latestBalance(organisation, coached).values()).anyMatch(balance -> balance.stable())
			.anyMatch(balance -> !balance.stable());
	}

	private void theScaleTrajectoriesHaveEvaluationsRatingsAndFollowUps() {
		String scale = " join organisation o on o.id = t.organisation_id where o.name like 'Schaalorganisatie %'";
		assertThat(count("select count(*) from trajectory t" + scale
				+ " and t.end_reason = 'GOALS_REACHED' and not exists (select 1 from evaluation e"
				+ " where e.trajectory_id = t.id and e.status = 'COMPLETED')"))
			.as("trajectories closed with the goals reached without a completed evaluation")
			.isZero();
		assertThat(count("select count(*) from evaluation t" + scale + " and t.status = 'COMPLETED'"
				+ " and (select count(*) from evaluation_goal g where g.evaluation_id = t.id) <> 3"))
			.as("completed evaluations without a result for each of the plan's three goals")
			.isZero();
		assertThat(count("select count(distinct outcome) from evaluation t" + scale)).isEqualTo(4);
		long closed = count("select count(*) from trajectory t" + scale + " and t.phase = 'CLOSED'");
		assertThat(count("select count(*) from follow_up t" + scale)).isEqualTo(3 * closed);
		assertThat(count("select count(*) from follow_up t" + scale + " and t.situation = 'SAME_EMPLOYER'"))
			.isPositive();
		assertThat(count("select count(*) from satisfaction_rating t" + scale + " and t.period_number = 0"))
			.isEqualTo(closed);
		assertThat(count("select count(*) from satisfaction_rating t" + scale + " and t.employer_score < 6.5"))
			.isPositive();
		long participants = count("select count(distinct t.participant_id) from trajectory t" + scale);
		long consenting = count("select count(*) from consent t" + scale + " and t.category = 'RESEARCH'");
		assertThat(consenting).as("research consents: seven in ten participants")
			.isBetween(participants * 6 / 10, participants * 8 / 10);
		assertThat(count("select count(*) from work_value_check_in t" + scale + " and t.moment = 'EVALUATION'"))
			.isEqualTo(count("select count(*) from evaluation t" + scale + " and t.status = 'COMPLETED'"));
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
