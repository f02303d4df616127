package nl.tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.Cookie;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.participant.ConsentCategory;
import nl.tandem.participant.ConsentMethod;
import nl.tandem.participant.Consents;
import nl.tandem.plan.Plans;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.EndReason;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The research export on a hand-made set: eleven UWV trajectories of participants who
 * consent to research, all started this month — five closed in March 2025, three in May
 * and two in June 2025, and one still open — and two that are not in it (one without
 * consent, one whose consent was withdrawn). The March five share their months; May and
 * June only share the year; the open one is alone in every group and is left out.
 */
@TandemTest
class ResearchExportTests {

	static final LocalDate TODAY = TrajectoryFixtures.TODAY;

	static final String THIS_MONTH = TODAY.toString().substring(0, 7);

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
	Consents consents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ResearchExports exports;

	TestOrganisation organisation;

	TrajectoryFixtures make;

	CurrentUser coach;

	@BeforeEach
	void handMadeSet() {
		this.make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach().user();
		for (int i = 0; i < 5; i++) {
			closed("Maart" + i, "2025-03-1" + i, true);
		}
		for (int i = 0; i < 3; i++) {
			closed("Mei" + i, "2025-05-1" + i, true);
		}
		for (int i = 0; i < 2; i++) {
			closed("Juni" + i, "2025-06-1" + i, true);
		}
		long open = this.make.active(this.organisation, this.organisation.coach(), "Alleen", "Open");
		consent(open);
		closed("Zonder", "2025-03-15", false);
		long withdrawn = closed("Ingetrokken", "2025-03-16", true);
		long participant = participant(withdrawn);
		var record = this.consents.current(this.organisation.id(), participant).get(ConsentCategory.RESEARCH);
		this.consents.withdraw(this.coach, participant, record.id(), record.version(), TODAY, ConsentMethod.EMAIL);
	}

	@Test
	void onlyConsentingTrajectoriesWithoutNamesOrTextMonthsOnlyAndSmallGroupsGeneralisedOrLeftOut() throws IOException {
		long export = this.exports.prepare(this.organisation.teamLead().user(), null, null, "192.0.2.1");
		List<String> lines = lines(write(this.organisation.teamLead().user(), export, 1000, null));
		assertThat(lines.get(0)).isEqualTo(ResearchExports.HEADER);
		List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.split(";", -1)).toList();
		assertThat(rows).hasSize(10).allSatisfy(row -> {
			assertThat(row).hasSize(ResearchExports.HEADER.split(";").length);
			assertThat(row[0]).matches("[0-9a-f]{16}");
			assertThat(row[1]).isEqualTo("UWV");
			assertThat(row[4]).isEqualTo("CLOSED");
			assertThat(row[5]).isEqualTo("MOVED");
		});
		// five share funder and months; May and June only share the year
		assertThat(rows).filteredOn(row -> row[3].equals("2025-03")).hasSize(5);
		assertThat(rows).filteredOn(row -> row[3].equals("2025"))
			.hasSize(5)
			.allSatisfy(row -> assertThat(row[2]).isEqualTo(THIS_MONTH.substring(0, 4)));
		assertThat(rows).filteredOn(row -> row[3].isEmpty() || row[3].equals("*")).isEmpty();
		assertThat(rows).extracting(row -> row[0]).doesNotHaveDuplicates();
		String csv = String.join("\n", lines);
		assertThat(csv).doesNotContain("Maart", "Zonder", "Ingetrokken", "Open", "Rapport", "Werk behouden",
				"2025-03-1", TODAY.toString());
		ResearchExports.Progress progress = this.exports.progress(this.organisation.teamLead().user(), export);
		assertThat(progress.status()).isEqualTo(ResearchExports.Status.DONE);
		assertThat(progress.total()).isEqualTo(10);
		assertThat(progress.written()).isEqualTo(10);
		assertThat(progress.suppressed()).isEqualTo(1);
		// every participant in the file has a line in the access log, and only those
		assertThat(this.jdbc
			.sql("select count(distinct participant_id) from access_log where organisation_id = :o"
					+ " and subject = 'RESEARCH_EXPORT' and address = '192.0.2.1'")
			.param("o", this.organisation.id())
			.query(Long.class)
			.single()).isEqualTo(10);
	}

	@Test
	void pseudonymsDifferFromExportToExport() throws IOException {
		CurrentUser lead = this.organisation.teamLead().user();
		List<String> first = lines(write(lead, this.exports.prepare(lead, null, null, null), 1000, null));
		List<String> second = lines(write(lead, this.exports.prepare(lead, null, null, null), 1000, null));
		assertThat(first.subList(1, first.size())).extracting(l -> l.split(";")[0])
			.doesNotContainAnyElementsOf(second.subList(1, second.size()).stream().map(l -> l.split(";")[0]).toList());
	}

	@Test
	void theFileIsStreamedChunkByChunkAndTheProgressIsKeptAsItGoes() throws IOException {
		CurrentUser admin = this.organisation.admin().user();
		long export = this.exports.prepare(admin, null, null, null);
		List<Integer> seen = new ArrayList<>();
		List<String> lines = lines(
				write(admin, export, 3, () -> seen.add(this.exports.progress(admin, export).written())));
		assertThat(lines).hasSize(11);
		// flushed after each chunk of three, each time before its progress was counted
		assertThat(seen).containsExactly(0, 3, 6, 9, 10);
		assertThat(this.exports.progress(admin, export).percent()).isEqualTo(100);
	}

	@Test
	void aFilterOnAnotherFunderExportsNothingAndASmallSetIsLeftOutEntirely() throws IOException {
		CurrentUser admin = this.organisation.admin().user();
		long export = this.exports.prepare(admin, null, nl.tandem.trajectory.Funder.MUNICIPALITY, null);
		assertThat(lines(write(admin, export, 1000, null))).containsExactly(ResearchExports.HEADER);
		TestOrganisation small = this.fixtures.organisation();
		for (int i = 0; i < 4; i++) {
			long id = this.make.active(small, small.coach(), "Klein" + i, "Groep");
			this.consents.give(small.coach().user(), participant(id), ConsentCategory.RESEARCH, TODAY,
					ConsentMethod.IN_PERSON);
		}
		long few = this.exports.prepare(small.admin().user(), null, null, null);
		assertThat(lines(write(small.admin().user(), few, 1000, null))).containsExactly(ResearchExports.HEADER);
		assertThat(this.exports.progress(small.admin().user(), few).suppressed()).isEqualTo(4);
	}

	@Test
	void onlyAdministratorsAndTeamLeadsExportAndOnlyTheirOwnExport() throws Exception {
		assertThatThrownBy(() -> this.exports.prepare(this.coach, null, null, null))
			.isInstanceOf(AccessDeniedException.class);
		long export = this.exports.prepare(this.organisation.teamLead().user(), null, null, null);
		assertThatThrownBy(() -> this.exports.progress(this.organisation.admin().user(), export))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.exports.progress(this.fixtures.organisation().admin().user(), export))
			.isInstanceOf(NotFoundException.class);
		Cookie coachSession = this.logins.session(this.organisation.coach());
		this.mvc.perform(get("/reports/research-export").cookie(coachSession)).andExpect(status().isForbidden());
		this.mvc.perform(post("/reports/research-export").cookie(coachSession).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/reports/research-export/" + export + ".csv").cookie(coachSession))
			.andExpect(status().isForbidden());
		Cookie otherAdmin = this.logins.session(this.fixtures.organisation().admin());
		this.mvc.perform(get("/reports/research-export/" + export).cookie(otherAdmin)).andExpect(status().isNotFound());
		this.mvc.perform(get("/reports/research-export/" + export + ".csv").cookie(otherAdmin))
			.andExpect(status().isNotFound());
	}

	@Test
	void theTeamLeadPreparesTheExportSeesItsProgressAndDownloadsTheStream() throws Exception {
		Cookie lead = this.logins.session(this.organisation.teamLead());
		this.mvc.perform(get("/reports/research-export").cookie(lead))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("minstens 5 trajecten")));
		MvcResult prepared = this.mvc.perform(post("/reports/research-export").cookie(lead).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String page = prepared.getResponse().getRedirectedUrl();
		this.mvc.perform(get(page).cookie(lead))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<progress id=\"export-bar\" max=\"100\" value=\"0\"")))
			.andExpect(content().string(containsString("hx-trigger=\"every 2s\"")));
		MvcResult started = this.mvc.perform(get(page + ".csv").cookie(lead))
			.andExpect(request().asyncStarted())
			.andReturn();
		String csv = this.mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(lines(csv)).hasSize(11);
		this.mvc.perform(get(page + "/progress").cookie(lead))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"100\"")))
			.andExpect(content().string(containsString("10 van 10 trajecten geschreven; 1 weggelaten")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("hx-trigger"))));
	}

	private long closed(String given, String closedOn, boolean consenting) {
		long id = this.make.active(this.organisation, this.organisation.coach(), given, "Rapport");
		this.trajectories.close(this.coach, id, this.make.version(this.coach, id), EndReason.MOVED, null);
		this.jdbc.sql("update trajectory set closed_on = cast(:on as date) where id = :id")
			.param("on", closedOn)
			.param("id", id)
			.update();
		if (consenting) {
			consent(id);
		}
		return id;
	}

	private void consent(long trajectory) {
		this.consents.give(this.coach, participant(trajectory), ConsentCategory.RESEARCH, TODAY,
				ConsentMethod.IN_PERSON);
	}

	private long participant(long trajectory) {
		return this.jdbc.sql("select participant_id from trajectory where id = :id")
			.param("id", trajectory)
			.query(Long.class)
			.single();
	}

	private String write(CurrentUser user, long export, int chunk, Runnable onFlush) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream() {
			@Override
			public void flush() {
				if (onFlush != null) {
					onFlush.run();
				}
			}
		};
		this.exports.write(user, export, out, chunk);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static List<String> lines(String csv) {
		return Arrays.stream(csv.split("\r\n")).filter(l -> !l.isEmpty()).toList();
	}

}
