package nl.tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.coaching.Logbook;
import nl.tandem.coaching.TimeCategory;
import nl.tandem.employer.Employers;
import nl.tandem.evaluation.Evaluations;
import nl.tandem.evaluation.FollowUps;
import nl.tandem.evaluation.GoalResult;
import nl.tandem.evaluation.Outcome;
import nl.tandem.evaluation.Ratings;
import nl.tandem.identity.CurrentUser;
import nl.tandem.monitoring.CheckIns;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The final report after the evaluation: its figures (results per goal, outcome, hours in
 * total, per kind and per period, ratings against the norm, follow-ups), the medical
 * guard on its texts, its versions and PDF, and where it can be reached; and the ratings
 * in the progress report.
 */
@TandemTest
class FinalReportTests {

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
	CheckIns checkIns;

	@Autowired
	Evaluations evaluations;

	@Autowired
	Ratings ratings;

	@Autowired
	FollowUps followUps;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FunderReports reports;

	TestOrganisation organisation;

	OutcomeFixtures make;

	CurrentUser coach;

	long id;

	@BeforeEach
	void anEvaluatedTrajectory() {
		this.make = new OutcomeFixtures(new TrajectoryFixtures(this.trajectories, this.employers, this.plans),
				this.trajectories, this.plans, this.logbook, this.checkIns, this.evaluations, this.ratings,
				this.followUps, this.jdbc);
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach().user();
		this.id = this.make.coached(this.organisation, "Fleur", "Eindverslag", 12);
		this.logbook.register(this.coach, this.id,
				new Logbook.NewEntry(TimeCategory.TRAVEL, OutcomeFixtures.TODAY, 90, null, Set.of(), true));
		this.make.rate(this.coach, this.id, 1, 8, 6);
	}

	private void evaluateAndClose() {
		this.make.evaluateAndClose(this.organisation.coach(), this.id, Outcome.SAME_EMPLOYER, new BigDecimal("24"),
				GoalResult.PARTLY_REACHED, "Vaste gesprekken met de leidinggevende");
		this.make.rate(this.coach, this.id, Ratings.END, 9, 5);
		this.make.followUpAfterSixMonths(this.coach, this.organisation.id(), this.id, Outcome.SAME_EMPLOYER);
	}

	@Test
	void thereIsNoFinalReportBeforeTheEvaluationIsCompleted() {
		assertThatThrownBy(() -> this.reports.figures(this.coach, this.id, ReportKind.FINAL, null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.reports.write(this.coach, this.id, ReportKind.FINAL, null,
				Map.of("whatHelped", "a", "employerContinues", "b", "conclusion", "c"), Set.of(), Locale.ENGLISH))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theFiguresAreTheEvaluationTheHoursTheRatingsAndTheFollowUps() {
		evaluateAndClose();
		ReportFigures f = this.reports.figures(this.coach, this.id, ReportKind.FINAL, null);
		ReportFigures.Closing c = f.closing();
		assertThat(c.heldOn()).isEqualTo(OutcomeFixtures.TODAY);
		assertThat(c.outcome()).isEqualTo(Outcome.SAME_EMPLOYER);
		assertThat(c.outcomeHoursPerWeek()).isEqualTo("24");
		assertThat(c.goals()).singleElement()
			.isEqualTo(new ReportFigures.GoalResultLine("Leren aangeven wanneer het te druk wordt",
					GoalResult.PARTLY_REACHED));
		assertThat(c.hoursTotal()).isEqualTo("13.5");
		assertThat(c.hoursPerCategory()).containsEntry(TimeCategory.DIRECT, "12")
			.containsEntry(TimeCategory.TRAVEL, "1.5")
			.containsEntry(TimeCategory.INDIRECT, "0");
		assertThat(c.hoursPerPeriod()).hasSize(2);
		assertThat(c.hoursPerPeriod().get(0).hoursUsed()).isEqualTo("13.5");
		assertThat(c.hoursPerPeriod().get(0).hoursGranted()).isEqualTo("40");
		assertThat(c.hoursPerPeriod().get(1).hoursUsed()).isEqualTo("0");
		// period 1: 8 and 6; the end: 9 and 5 — the employer's average 5.5 is below 6.5
		assertThat(f.ratings()).extracting(ReportFigures.Rating::period).containsExactly(1, Ratings.END);
		assertThat(c.participantAverage()).isEqualTo(8.5);
		assertThat(c.employerAverage()).isEqualTo(5.5);
		assertThat(c.participantBelowNorm()).isFalse();
		assertThat(c.employerBelowNorm()).isTrue();
		assertThat(c.followUps()).extracting(ReportFigures.FollowUpLine::months).containsExactly(6, 12, 24);
		assertThat(c.followUps().get(0).situation()).isEqualTo(Outcome.SAME_EMPLOYER);
		assertThat(c.followUps().get(1).checkedOn()).isNull();
	}

	@Test
	void itsTextsStartFromTheEvaluationAndAPlantedMedicalTermMustBeConfirmed() throws IOException {
		evaluateAndClose();
		Map<String, String> texts = new LinkedHashMap<>(
				this.reports.startingTexts(this.coach, this.id, ReportKind.FINAL));
		assertThat(texts).containsEntry("whatHelped", "Vaste gesprekken met de leidinggevende")
			.containsEntry("employerContinues", "Elke maand een kort gesprek")
			.containsEntry("conclusion", "");
		texts.put("conclusion", "Werkt stabiel; de nieuwe medicatie hielp ook.");
		assertThat(this.reports.check(texts)).containsOnlyKeys("conclusion");
		assertThatThrownBy(() -> this.reports.write(this.coach, this.id, ReportKind.FINAL, null, texts, Set.of(),
				Locale.forLanguageTag("nl")))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("report.medical.confirm");
		assertThat(this.reports.reports(this.coach, this.id)).isEmpty();

		texts.put("conclusion", "Werkt stabiel en vraagt zelf om hulp.");
		this.reports.write(this.coach, this.id, ReportKind.FINAL, null, texts, Set.of(), Locale.forLanguageTag("nl"));
		long second = this.reports.write(this.coach, this.id, ReportKind.FINAL, null, texts, Set.of(),
				Locale.forLanguageTag("nl"));
		assertThat(this.reports.reports(this.coach, this.id)).extracting(FunderReports.StoredReport::number)
			.containsExactly(2, 1);
		FunderReports.Document document = this.reports.document(this.organisation.teamLead().user(), this.id, second);
		assertThat(document.fileName()).startsWith("eindrapportage-").endsWith("-v2.pdf");
		String text;
		try (var pdf = Loader.loadPDF(document.content())) {
			text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
		assertThat(text)
			.contains("Eindrapportage van Fleur Eindverslag", "Werkt bij dezelfde werkgever · 24 uur per week",
					"Leren aangeven wanneer het te druk wordt Deels bereikt", "Uren begeleiding: 13.5 in totaal",
					"Einde begeleiding", "5 (onder de norm)", "Gemiddeld 8,5 5,5 (onder de norm)", "Na 6 maanden",
					"Vaste gesprekken met de leidinggevende", "Werkt stabiel en vraagt zelf om hulp.")
			// no goal remarks, no rating remarks, nothing from the intake
			.doesNotContain("Opmerking bij het doel", "Een opmerking", "Slaapt");
		assertThatThrownBy(() -> this.reports.write(this.organisation.teamLead().user(), this.id, ReportKind.FINAL,
				null, texts, Set.of(), Locale.ENGLISH))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theProgressReportHasTheRatingsOfItsPeriod() throws IOException {
		ReportFigures first = this.reports.figures(this.coach, this.id, ReportKind.PROGRESS, 1);
		assertThat(first.ratings()).singleElement().satisfies(r -> {
			assertThat(r.participant()).isEqualTo(8);
			assertThat(r.employer()).isEqualTo(6);
			assertThat(r.employerBelowNorm()).isTrue();
		});
		assertThat(this.reports.figures(this.coach, this.id, ReportKind.PROGRESS, 2).ratings()).isEmpty();
		long report = this.reports.write(this.coach, this.id, ReportKind.PROGRESS, 1,
				Map.of("wentWell", "Goed ritme.", "attention", "Tempo.", "nextPeriod", "Pauzes."), Set.of(),
				Locale.ENGLISH);
		String text;
		try (var pdf = Loader.loadPDF(this.reports.document(this.coach, this.id, report).content())) {
			text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
		assertThat(text).contains("Satisfaction of participant and employer (0–10, norm 6.5)", "Period 1",
				"6 (below the norm)");
	}

	@Test
	void theTrajectoryPageLeadsToTheFinalReportOnceEvaluatedAndTheCoachWritesItThere() throws Exception {
		Cookie session = this.logins.session(this.organisation.coach());
		this.mvc.perform(get("/trajectories/" + this.id).cookie(session))
			.andExpect(content().string(not(containsString("/reports/final"))));
		this.mvc.perform(get("/trajectories/" + this.id + "/reports/final").cookie(session))
			.andExpect(status().isNotFound());
		evaluateAndClose();
		this.mvc.perform(get("/trajectories/" + this.id).cookie(session))
			.andExpect(content().string(containsString("href=\"/trajectories/" + this.id + "/reports/final\"")));
		this.mvc.perform(get("/trajectories/" + this.id + "/reports").cookie(session))
			.andExpect(content().string(containsString("href=\"/trajectories/" + this.id + "/reports/final\"")));
		this.mvc.perform(get("/trajectories/" + this.id + "/reports/final").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Resultaat per doel")))
			.andExpect(content().string(containsString("Vaste gesprekken met de leidinggevende")));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/reports/final").cookie(session)
				.with(csrf())
				.param("texts[whatHelped]", "Vaste gesprekken.")
				.param("texts[employerContinues]", "Maandelijks gesprek.")
				.param("texts[conclusion]", "Na de burn-out weer stabiel."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&quot;burn-out&quot; mag blijven")));
		this.mvc
			.perform(post("/trajectories/" + this.id + "/reports/final").cookie(session)
				.with(csrf())
				.param("texts[whatHelped]", "Vaste gesprekken.")
				.param("texts[employerContinues]", "Maandelijks gesprek.")
				.param("texts[conclusion]", "Na de burn-out weer stabiel.")
				.param("confirmed", "burn-out"))
			.andExpect(redirectedUrl("/trajectories/" + this.id + "/reports"));
		FunderReports.StoredReport stored = this.reports.reports(this.coach, this.id).get(0);
		assertThat(stored.kind()).isEqualTo(ReportKind.FINAL);
		assertThat(stored.confirmedTerms()).containsExactly("burn-out");
		this.mvc.perform(get("/trajectories/" + this.id + "/reports").cookie(session))
			.andExpect(content().string(containsString("Eindrapportage, versie 1")));
		this.mvc.perform(get("/trajectories/" + this.id + "/reports/" + stored.id() + ".pdf").cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		this.mvc
			.perform(get("/trajectories/" + this.id + "/reports/final")
				.cookie(this.logins.session(this.organisation.otherCoach())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/trajectories/" + this.id + "/reports/final")
				.cookie(this.logins.session(this.fixtures.organisation().coach())))
			.andExpect(status().isNotFound());
	}

}
