package nl.tandem.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.servlet.http.Cookie;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.StatementCounter;
import nl.tandem.TandemTest;
import nl.tandem.employer.Employers;
import nl.tandem.plan.Plans;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TandemTest
class AuditPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	AccessLog accessLog;

	@Autowired
	AccessLogRetention retention;

	@Autowired
	Trajectories trajectories;

	@Autowired
	Employers employers;

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	TestOrganisation organisation;

	Cookie officer;

	long mila;

	long noor;

	@BeforeEach
	void aLog() throws Exception {
		this.organisation = this.fixtures.organisation();
		this.officer = this.logins.session(this.fixtures.privacyOfficer(this.organisation));
		TrajectoryFixtures make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.mila = participant(make.referral(this.organisation.coach(), "Mila", "Gelezen"));
		this.noor = participant(make.referral(this.organisation.otherCoach(), "Noor", "Bekeken"));
		for (int i = 0; i < 27; i++) {
			this.accessLog.read(this.organisation.coach().user(), this.mila, "SESSION_NOTES");
		}
		this.accessLog.changed(this.organisation.otherCoach().user(), this.noor, "INTAKE_HEALTH");
	}

	@Test
	void thePrivacyOfficerSeesWhoReadWhatPageByPage() throws Exception {
		StatementCounter.reset();
		this.mvc.perform(get("/privacy/audit").cookie(this.officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Toegangslog (28 regels)")))
			.andExpect(content().string(containsString("Sanne Coach")))
			.andExpect(content().string(containsString("Mila Gelezen")))
			.andExpect(content().string(containsString("Gespreksnotities")))
			.andExpect(content().string(containsString("COACH")))
			.andExpect(content().string(containsString("127.0.0.1")))
			.andExpect(content().string(containsString("Pagina 1 van 2")));
		int firstPage = StatementCounter.count();
		this.mvc.perform(get("/privacy/audit").param("page", "1").cookie(this.officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pagina 2 van 2")));
		assertThat(firstPage).as("statements for a page of the log").isLessThan(15);
	}

	@Test
	void theFiltersNarrowTheLog() throws Exception {
		this.mvc.perform(get("/privacy/audit").param("participant", "noor").cookie(this.officer))
			.andExpect(content().string(containsString("Toegangslog (1 regels)")))
			.andExpect(content().string(containsString("Daan Coach")));
		this.mvc
			.perform(
					get("/privacy/audit").param("account", String.valueOf(this.organisation.coach().user().accountId()))
						.cookie(this.officer))
			.andExpect(content().string(containsString("Toegangslog (27 regels)")));
		this.mvc.perform(get("/privacy/audit").param("subject", "INTAKE_HEALTH").cookie(this.officer))
			.andExpect(content().string(containsString("Toegangslog (1 regels)")));
		this.jdbc.sql("""
				insert into access_log (organisation_id, account_id, roles, participant_id, action, subject, at)
				values (:organisation, :account, 'COACH', :participant, 'READ', 'ZONES', :at)
				""")
			.param("organisation", this.organisation.id())
			.param("account", this.organisation.coach().user().accountId())
			.param("participant", this.mila)
			.param("at", OffsetDateTime.of(2024, 3, 10, 12, 0, 0, 0, ZoneOffset.UTC))
			.update();
		this.mvc
			.perform(get("/privacy/audit").param("from", "2024-03-10").param("to", "2024-03-10").cookie(this.officer))
			.andExpect(content().string(containsString("Toegangslog (1 regels)")))
			.andExpect(content().string(containsString("10 mrt")));
	}

	@Test
	void theExportHoldsEveryMatchingLine() throws Exception {
		MvcResult result = this.mvc.perform(get("/privacy/audit.csv").param("participant", "mila").cookie(this.officer))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("access-log.csv")))
			.andReturn();
		String csv = result.getResponse().getContentAsString();
		assertThat(csv.lines()).hasSize(28);
		assertThat(csv.lines().skip(1)).allMatch(line -> line.contains("\"Mila Gelezen\"") && line.contains(";READ;"));
	}

	@Test
	void nobodyButThePrivacyOfficerSeesTheLog() throws Exception {
		for (Fixtures.Member member : new Fixtures.Member[] { this.organisation.admin(), this.organisation.teamLead(),
				this.organisation.coach() }) {
			Cookie session = this.logins.session(member);
			this.mvc.perform(get("/privacy/audit").cookie(session)).andExpect(status().isForbidden());
			this.mvc.perform(get("/privacy/audit.csv").cookie(session)).andExpect(status().isForbidden());
		}
	}

	@Test
	void anotherOrganisationsLogStaysHidden() throws Exception {
		TestOrganisation elsewhere = this.fixtures.organisation();
		Cookie theirOfficer = this.logins.session(this.fixtures.privacyOfficer(elsewhere));
		this.mvc.perform(get("/privacy/audit").cookie(theirOfficer))
			.andExpect(content().string(containsString("Toegangslog (0 regels)")))
			.andExpect(content().string(not(containsString("Mila Gelezen"))));
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteTheLog() {
		assertThatThrownBy(() -> this.jdbc.sql("update access_log set subject = 'X' where participant_id = :p")
			.param("p", this.mila)
			.update()).isInstanceOf(DataAccessException.class).hasStackTraceContaining("access_log is append-only");
		assertThatThrownBy(
				() -> this.jdbc.sql("delete from access_log where participant_id = :p").param("p", this.mila).update())
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("access_log is append-only");
		assertThat(count(this.mila)).isEqualTo(27);
	}

	@Test
	void thePurgeRemovesOnlyEntriesOlderThanTheRetention() {
		this.jdbc.sql("""
				insert into access_log (organisation_id, account_id, roles, participant_id, action, subject, at)
				values (:organisation, :account, 'COACH', :participant, 'READ', 'ZONES', now() - interval '6 years')
				""")
			.param("organisation", this.organisation.id())
			.param("account", this.organisation.coach().user().accountId())
			.param("participant", this.noor)
			.update();
		assertThat(count(this.noor)).isEqualTo(2);
		assertThat(this.retention.purge()).isGreaterThanOrEqualTo(1);
		assertThat(count(this.noor)).isEqualTo(1);
		assertThat(count(this.mila)).isEqualTo(27);
	}

	private long count(long participant) {
		return this.jdbc.sql("select count(*) from access_log where participant_id = :p")
			.param("p", participant)
			.query(Long.class)
			.single();
	}

	private long participant(long trajectory) {
		return this.trajectories.details(this.organisation.teamLead().user(), trajectory).participantId();
	}

}
