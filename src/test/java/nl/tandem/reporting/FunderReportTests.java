package nl.tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.coaching.Logbook;
import nl.tandem.coaching.TimeCategory;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.plan.Plans;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The progress report: the figures from the logbook and plan, the medical-content guard,
 * versions, the stored PDF and who may write and read it.
 */
@TandemTest
class FunderReportTests {

	static final LocalDate TODAY = TrajectoryFixtures.TODAY;

	static final Map<String, String> CLEAN = Map.of("wentWell", "Zelfstandig de ochtendronde gedaan.", "attention",
			"Het tempo in de drukke weken.", "nextPeriod", "Vaker zelf om hulp vragen.");

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
	Logbook logbook;

	@Autowired
	FunderReports reports;

	TestOrganisation organisation;

	CurrentUser coach;

	long id;

	@BeforeEach
	void activeTrajectoryWithTime() {
		TrajectoryFixtures make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach().user();
		this.id = make.active(this.organisation, this.organisation.coach(), "Ria", "Rapport");
		UUID goal = this.plans.page(this.coach, this.id, null).plan().goals().get(0).key();
		this.logbook.register(this.coach, this.id,
				new Logbook.NewEntry(TimeCategory.DIRECT, TODAY, 90, "Gesprek", Set.of(goal), false));
		this.logbook.register(this.coach, this.id,
				new Logbook.NewEntry(TimeCategory.TRAVEL, TODAY, 30, "Reis", Set.of(), false));
	}

	@Test
	void theFiguresComeFromTheLogbookAndThePlan() {
		ReportFigures figures = this.reports.figures(this.coach, this.id, ReportKind.PROGRESS, 1);
		assertThat(figures.hoursUsed()).isEqualTo("2");
		assertThat(figures.hoursGranted()).isEqualTo("40");
		assertThat(figures.hoursWithoutGoal()).isEqualTo("0.5");
		assertThat(figures.goals()).singleElement().satisfies(goal -> {
			assertThat(goal.description()).isEqualTo("Leren aangeven wanneer het te druk wordt");
			assertThat(goal.hours()).isEqualTo("1.5");
		});
		assertThat(this.reports.figures(this.coach, this.id, ReportKind.PROGRESS, 2).hoursUsed()).isEqualTo("0");
		assertThatThrownBy(() -> this.reports.figures(this.coach, this.id, ReportKind.PROGRESS, 3))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aMedicalTermMustBeRemovedOrConfirmedAndNothingIsKeptUntilThen() throws IOException {
		Map<String, String> medical = Map.of("wentWell", "Minder angstig op het werk.", "attention",
				"Nieuwe medicatie.", "nextPeriod", "Vaker pauze.");
		assertThat(this.reports.check(medical)).containsOnlyKeys("wentWell", "attention")
			.containsEntry("attention", List.of("medicatie"));
		assertThatThrownBy(() -> this.reports.write(this.coach, this.id, ReportKind.PROGRESS, 1, medical,
				Set.of("angstig"), Locale.forLanguageTag("nl")))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("report.medical.confirm");
		assertThat(this.reports.reports(this.coach, this.id)).isEmpty();

		long report = this.reports.write(this.coach, this.id, ReportKind.PROGRESS, 1, medical,
				Set.of("angstig", "medicatie"), Locale.forLanguageTag("nl"));
		assertThat(this.reports.reports(this.coach, this.id)).singleElement().satisfies(stored -> {
			assertThat(stored.id()).isEqualTo(report);
			assertThat(stored.number()).isEqualTo(1);
			assertThat(stored.confirmedTerms()).containsExactlyInAnyOrder("angstig", "medicatie");
		});
	}

	@Test
	void generatingTwiceKeepsBothVersionsAndThePdfHasTheReportButNoIntake() throws IOException {
		this.reports.write(this.coach, this.id, ReportKind.PROGRESS, 1, CLEAN, Set.of(), Locale.forLanguageTag("nl"));
		long second = this.reports.write(this.coach, this.id, ReportKind.PROGRESS, 1, CLEAN, Set.of(), Locale.ENGLISH);
		assertThat(this.reports.reports(this.coach, this.id)).extracting(FunderReports.StoredReport::number)
			.containsExactly(2, 1);
		FunderReports.Document document = this.reports.document(this.organisation.teamLead().user(), this.id, second);
		assertThat(document.fileName()).endsWith("-p1-v2.pdf");
		String text;
		try (var pdf = Loader.loadPDF(document.content())) {
			text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
		assertThat(text)
			.contains("Progress report of Ria Rapport", "2 of 40 hours used",
					"Leren aangeven wanneer het te druk wordt", "Zelfstandig de ochtendronde gedaan.", "Signatures",
					"version 2")
			// the fixture's intake says "Slaapt slecht door medicatie": never in a report
			.doesNotContain("Slaapt", "medicatie");
	}

	@Test
	void onlyTheCoachWritesTheTeamLeadReadsAndOthersSeeNothing() {
		assertThatThrownBy(() -> this.reports.write(this.organisation.teamLead().user(), this.id, ReportKind.PROGRESS,
				1, CLEAN, Set.of(), Locale.ENGLISH))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.reports.reports(this.organisation.otherCoach().user(), this.id))
			.isInstanceOf(NotFoundException.class);
		long report = this.reports.write(this.coach, this.id, ReportKind.PROGRESS, 1, CLEAN, Set.of(), Locale.ENGLISH);
		assertThatThrownBy(() -> this.reports.document(this.fixtures.organisation().coach().user(), this.id, report))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.reports.write(this.coach, this.id, ReportKind.PROGRESS, 1,
				Map.of("wentWell", " ", "attention", "b", "nextPeriod", "c"), Set.of(), Locale.ENGLISH))
			.hasMessage("report.wentWell.required");
	}

	@Test
	void theCoachWritesTheReportOnItsPageAndConfirmsTheFlaggedTerm() throws Exception {
		Cookie session = this.logins.session(this.organisation.coach());
		this.mvc.perform(get("/trajectories/" + this.id).cookie(session))
			.andExpect(content().string(containsString("href=\"/trajectories/" + this.id + "/reports\"")));
		this.mvc.perform(get("/trajectories/" + this.id + "/reports/progress/1").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 van 40 uur gebruikt")));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/reports/progress/1").cookie(session)
				.with(csrf())
				.param("texts[wentWell]", "Goed ritme.")
				.param("texts[attention]", "Heeft een burn-out gehad.")
				.param("texts[nextPeriod]", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nextPeriod-error\"")))
			.andExpect(content().string(containsString("&quot;burn-out&quot; mag blijven")));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/reports/progress/1").cookie(session)
				.with(csrf())
				.param("texts[wentWell]", "Goed ritme.")
				.param("texts[attention]", "Heeft een burn-out gehad.")
				.param("texts[nextPeriod]", "Pauzes inplannen."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirmed-error\"")));
		assertThat(this.reports.reports(this.coach, this.id)).isEmpty();
		this.mvc
			.perform(post("/trajectories/" + this.id + "/reports/progress/1").cookie(session)
				.with(csrf())
				.param("texts[wentWell]", "Goed ritme.")
				.param("texts[attention]", "Heeft een burn-out gehad.")
				.param("texts[nextPeriod]", "Pauzes inplannen.")
				.param("confirmed", "burn-out"))
			.andExpect(redirectedUrl("/trajectories/" + this.id + "/reports"));
		long report = this.reports.reports(this.coach, this.id).get(0).id();
		this.mvc.perform(get("/trajectories/" + this.id + "/reports").cookie(session))
			.andExpect(content().string(containsString("Voortgang periode 1, versie 1")));
		this.mvc.perform(get("/trajectories/" + this.id + "/reports/" + report + ".pdf").cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		this.mvc
			.perform(get("/trajectories/" + this.id + "/reports/" + report + ".pdf")
				.cookie(this.logins.session(this.organisation.otherCoach())))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApplicationReportStartsFromTheWorkplaceAssessmentAndHasThePlannedHoursPerPeriod() throws IOException {
		this.trajectories.saveAssessment(this.coach, this.id, null,
				new nl.tandem.trajectory.AssessmentContent("Broodjes maken", null, null, "Petra", null,
						nl.tandem.trajectory.WorkplaceAssessmentMatch.GOOD, "Vlot werken in de ochtend",
						"Nauwkeurig en betrouwbaar", "Vaste volgorde van taken", TODAY));
		Map<String, String> texts = new java.util.LinkedHashMap<>(
				this.reports.startingTexts(this.coach, this.id, ReportKind.APPLICATION));
		assertThat(texts).containsEntry("jobAsks", "Vlot werken in de ochtend")
			.containsEntry("closingTheGap", "Vaste volgorde van taken")
			.containsEntry("whyThisWorkplace", "");
		assertThatThrownBy(() -> this.reports.write(this.coach, this.id, ReportKind.APPLICATION, null, texts, Set.of(),
				Locale.forLanguageTag("nl")))
			.hasMessage("report.whyThisWorkplace.required");
		texts.put("whyThisWorkplace", "Een kleine bakkerij met vaste collega's.");
		long report = this.reports.write(this.coach, this.id, ReportKind.APPLICATION, null, texts, Set.of(),
				Locale.forLanguageTag("nl"));
		String text;
		try (var pdf = Loader.loadPDF(this.reports.document(this.coach, this.id, report).content())) {
			text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
		assertThat(text)
			.contains("Aanvraag en begeleidingsplan van Ria Rapport", "Waarom deze werkplek",
					"Een kleine bakkerij met vaste collega's.", "Vlot werken in de ochtend", "Uren per periode",
					"Match tussen werk en deelnemer: goed", "Leren aangeven wanneer het te druk wordt")
			.doesNotContain("Slaapt");
		assertThat(this.reports.reports(this.coach, this.id)).singleElement()
			.satisfies(stored -> assertThat(stored.kind()).isEqualTo(ReportKind.APPLICATION));
	}

}
