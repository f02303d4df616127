package nl.tandem.coaching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.Member;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.coaching.Logbook;
import nl.tandem.coaching.LogbookExportFixture;
import nl.tandem.coaching.Sessions;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.organisation.Organisations;
import nl.tandem.organisation.Staff;
import nl.tandem.organisation.StaffDetails;
import nl.tandem.plan.Plans;
import nl.tandem.plan.Schedules;
import nl.tandem.trajectory.Trajectories;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@TandemTest
class HoursStatementControllerTests {

	static final String FROM = LogbookExportFixture.TODAY.minusDays(30).toString();

	static final String TO = LogbookExportFixture.TODAY.toString();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	Trajectories trajectories;

	@Autowired
	Employers employers;

	@Autowired
	Plans plans;

	@Autowired
	Schedules schedules;

	@Autowired
	Sessions sessions;

	@Autowired
	Logbook logbook;

	@Autowired
	Organisations organisations;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	TestOrganisation organisation;

	LogbookExportFixture make;

	@BeforeEach
	void trajectoriesWithBillableTime() {
		this.organisation = this.fixtures.organisation();
		this.make = new LogbookExportFixture(this.trajectories, this.employers, this.plans, this.schedules,
				this.sessions, this.logbook, this.jdbc);
		this.make.trajectory(this.organisation, this.organisation.coach(), "Eerste", "=P-1");
	}

	@Test
	void theStatementChargesTheBillableHoursAtTheGrantsTariff() throws Exception {
		String csv = statement(this.organisation.admin());
		assertThat(csv.split("\r\n")).hasSize(2);
		assertThat(csv).startsWith("\"deelnemernummer\";\"kenmerk toekenning\";\"financier\"")
			.contains("\"'=P-1\";\"UWV-=P-1\";\"UWV\";\"" + FROM + "\";\"" + TO
					+ "\";\"120\";\"2,00\";\"92,50\";\"185,00\";\"60\"")
			.doesNotContain("Lot", "Eerste", LogbookExportFixture.NOTE, "bakkerij");
	}

	@Test
	void ninetyBillableMinutesAtNinetyTwoEuroFiftyAreOneHundredThirtyEightSeventyFive() throws Exception {
		this.jdbc.sql(
				"update time_entry set billable_minutes = 0 where organisation_id = :organisation and category = 'TRAVEL'")
			.param("organisation", this.organisation.id())
			.update();
		assertThat(statement(this.organisation.teamLead())).contains("\"90\";\"1,50\";\"92,50\";\"138,75\";\"90\"");
		String english = this.mvc
			.perform(get("/reports/hours.csv").param("funder", "UWV")
				.param("from", FROM)
				.param("to", TO)
				.param("lang", "en")
				.cookie(this.logins.session(this.organisation.teamLead())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).startsWith("\"participant number\"")
			.contains("\"90\";\"1.50\";\"92.50\";\"138.75\";\"90\"");
	}

	@Test
	void aTeamLeadSeesOnlyTheTeamAndNoOrganisationSeesAnothers() throws Exception {
		Member southCoach = hireInOtherTeam();
		this.make.trajectory(this.organisation, southCoach, "Zuid", "P-ZUID");
		TestOrganisation other = this.fixtures.organisation();
		this.make.trajectory(other, other.coach(), "Elders", "P-ELDERS");
		assertThat(statement(this.organisation.teamLead())).contains("P-1").doesNotContain("P-ZUID", "P-ELDERS");
		assertThat(statement(this.organisation.admin())).contains("P-1", "P-ZUID").doesNotContain("P-ELDERS");
		assertThat(statement(other.admin())).contains("P-ELDERS").doesNotContain("P-1", "P-ZUID");
	}

	@Test
	void anotherFunderHasNoLines() throws Exception {
		this.mvc
			.perform(get("/reports/hours.csv").param("funder", "MUNICIPALITY")
				.param("from", FROM)
				.param("to", TO)
				.cookie(this.logins.session(this.organisation.admin())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"urenoverzicht-MUNICIPALITY-" + FROM + "-" + TO + ".csv\""))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("P-1"))));
	}

	@Test
	void coachesDrawUpNoHoursStatements() throws Exception {
		this.mvc
			.perform(get("/reports/hours.csv").param("funder", "UWV")
				.param("from", FROM)
				.param("to", TO)
				.cookie(this.logins.session(this.organisation.coach())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/reports/hours").cookie(this.logins.session(this.organisation.coach())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/").cookie(this.logins.session(this.organisation.coach())))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/reports/hours"))));
	}

	@Test
	void teamLeadsAndAdministratorsFindTheStatementFromTheirHomePage() throws Exception {
		for (Member member : new Member[] { this.organisation.admin(), this.organisation.teamLead() }) {
			this.mvc.perform(get("/").cookie(this.logins.session(member)))
				.andExpect(content().string(containsString("href=\"/reports/hours\"")));
			this.mvc.perform(get("/reports/hours").cookie(this.logins.session(member)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Urenoverzicht per financier")))
				.andExpect(content().string(containsString("action=\"/reports/hours.csv\"")));
		}
	}

	private String statement(Member member) throws Exception {
		return this.mvc
			.perform(get("/reports/hours.csv").param("funder", "UWV")
				.param("from", FROM)
				.param("to", TO)
				.cookie(this.logins.session(member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private Member hireInOtherTeam() {
		long team = this.organisations.formTeam(this.organisation.id(), "Team Zuid");
		String email = "zuid" + System.nanoTime() + "@zuid.test";
		long person = this.staff.hire(this.organisation.id(),
				new StaffDetails("Zoë", null, "Zuid", email, null, team, Set.of(Role.COACH), "nl"), Fixtures.PASSWORD);
		long account = this.jdbc.sql("select id from account where email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
		return new Member(new CurrentUser(account, this.organisation.id(), person, "Zoë Zuid", Set.of(Role.COACH)),
				email);
	}

}
