package nl.tandem.coaching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.coaching.Logbook;
import nl.tandem.coaching.LogbookExportFixture;
import nl.tandem.coaching.Sessions;
import nl.tandem.employer.Employers;
import nl.tandem.plan.Plans;
import nl.tandem.plan.Schedules;
import nl.tandem.trajectory.Trajectories;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@TandemTest
class LogbookExportControllerTests {

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
	JdbcClient jdbc;

	TestOrganisation organisation;

	long id;

	@BeforeEach
	void trajectoryWithALogbook() {
		this.organisation = this.fixtures.organisation();
		this.id = new LogbookExportFixture(this.trajectories, this.employers, this.plans, this.schedules, this.sessions,
				this.logbook, this.jdbc)
			.trajectory(this.organisation, this.organisation.coach(), "Logboek", "P-4711");
	}

	@Test
	void theLogbookOfTheCurrentGrantPeriodListsEntriesTotalsAndHoursButNoNotes() throws Exception {
		String url = "/trajectories/" + this.id + "/logbook.pdf";
		String from = LogbookExportFixture.TODAY.minusDays(10).toString();
		String to = LogbookExportFixture.TODAY.minusDays(10).plusMonths(6).minusDays(1).toString();
		byte[] pdf = this.mvc.perform(get(url).cookie(this.logins.session(this.organisation.coach())))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"logboek-P-4711-" + from + "-" + to + ".pdf\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = text(pdf);
		assertThat(text).contains("Logboek van Lot Logboek", "Lot Logboek (nummer P-4711)", "Sanne Coach",
				"UWV, kenmerk UWV-P-4711", "Reis naar de bakkerij", "Leren aangeven wanneer het te druk wordt",
				"Direct 1.5 uur", "Reistijd 0.5 uur", "Indirect 1 uur", "Totaal 3 uur", "Declarabel 2 uur",
				"Niet declarabel (boven de toekenning) 1 uur", "niet declarabel", "Toegekend", "2 uur");
		assertThat(text).doesNotContain(LogbookExportFixture.NOTE);
	}

	@Test
	void theLogbookIsWrittenInEnglishForAPeriodAskedFor() throws Exception {
		String from = LogbookExportFixture.TODAY.minusDays(1).toString();
		String to = LogbookExportFixture.TODAY.toString();
		byte[] pdf = this.mvc
			.perform(get("/trajectories/" + this.id + "/logbook.pdf").param("from", from)
				.param("to", to)
				.param("lang", "en")
				.cookie(this.logins.session(this.organisation.teamLead())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"logbook-P-4711-" + from + "-" + to + ".pdf\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = text(pdf);
		assertThat(text).contains("Logbook of Lot Logboek", "Recorded time", "Indirect 1 hours", "Total 1 hours",
				"Not billable (beyond the grant) 1 hours", "Hours against the grant");
		assertThat(text).doesNotContain("Reis naar de bakkerij", LogbookExportFixture.NOTE);
	}

	@Test
	void onlyTheCoachAndTheTeamLeadExportTheLogbook() throws Exception {
		String url = "/trajectories/" + this.id + "/logbook.pdf";
		this.mvc.perform(get(url).cookie(this.logins.session(this.organisation.otherCoach())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(url).cookie(this.logins.session(this.organisation.admin())))
			.andExpect(status().isForbidden());
		TestOrganisation other = this.fixtures.organisation();
		this.mvc.perform(get(url).cookie(this.logins.session(other.admin()))).andExpect(status().isNotFound());
		this.mvc.perform(get(url).cookie(this.logins.session(other.teamLead()))).andExpect(status().isNotFound());
	}

	@Test
	void theCoachFindsTheLogbookPdfOnTheTrajectory() throws Exception {
		this.mvc.perform(get("/trajectories/" + this.id).cookie(this.logins.session(this.organisation.coach())))
			.andExpect(content().string(containsString("href=\"/trajectories/" + this.id + "/logbook.pdf\"")))
			.andExpect(content().string(containsString("Logboek (pdf)")));
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsRefused() throws Exception {
		this.mvc
			.perform(get("/trajectories/" + this.id + "/logbook.pdf").param("from", "2026-02-01")
				.param("to", "2026-01-01")
				.cookie(this.logins.session(this.organisation.coach())))
			.andExpect(status().isBadRequest());
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
