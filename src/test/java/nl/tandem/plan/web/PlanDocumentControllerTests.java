package nl.tandem.plan.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.Cookie;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.organisation.Organisations;
import nl.tandem.plan.Actor;
import nl.tandem.plan.AttentionDomain;
import nl.tandem.plan.Goal;
import nl.tandem.plan.GoalArea;
import nl.tandem.plan.GoalKind;
import nl.tandem.plan.Party;
import nl.tandem.plan.Plans;
import nl.tandem.plan.SignOffMethod;
import nl.tandem.trajectory.ContractType;
import nl.tandem.trajectory.PlacementDetails;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TandemTest
class PlanDocumentControllerTests {

	static final LocalDate TODAY = TrajectoryFixtures.TODAY;

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	@Autowired
	Fixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	MockMvc mvc;

	@Autowired
	Trajectories trajectories;

	@Autowired
	Employers employers;

	@Autowired
	Plans plans;

	@Autowired
	Organisations organisations;

	TrajectoryFixtures make;

	TestOrganisation organisation;

	CurrentUser coach;

	Cookie coachSession;

	long id;

	@BeforeEach
	void aTrajectoryInPlanning() throws Exception {
		this.make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach().user();
		this.coachSession = this.logins.session(this.organisation.coach());
		this.id = this.make.planning(this.organisation, this.organisation.coach(), "Ayşe", "Yılmaz");
	}

	@Test
	void theAgreedPlanPrintsWhatWasAgreedAndNoHealthInformation() throws Exception {
		placeWithSupervisor();
		agreeSecondVersionWithMore();

		MvcResult result = this.mvc.perform(get(document()).cookie(this.coachSession))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"begeleidingsplan-" + this.id + "-v2.pdf\"");
		String text = text(result);
		assertThat(text).contains(this.organisations.current(this.coach).name(), "Begeleidingsplan van Ayşe Yılmaz",
				"Zorgboerderij De Linde", "Petra Leiding", "Medewerker dierverzorging", "Sanne Coach", "Versie 2",
				"Akkoord op " + dutch(TODAY), "UWV");
		assertThat(text).contains("Leren aangeven wanneer het te druk wordt",
				"Drie dagen per week zelfstandig de oven bedienen", "Prestatiedoel", dutch(TODAY.plusMonths(3)));
		assertThat(text).contains("Communicatie", "Vraagt laat om hulp");
		assertThat(text).contains("Leidinggevende", "Elke maandag een kort werkoverleg", dutch(TODAY.plusWeeks(2)));
		assertThat(text).contains(dutch(TODAY) + " tot en met " + dutch(TODAY.plusMonths(6)));
		assertThat(text).contains("Deelnemer Ayşe Yılmaz " + dutch(TODAY.minusDays(2)) + " Persoonlijk",
				"Werkgever Petra Leiding Zorgboerderij De Linde " + dutch(TODAY.minusDays(1)) + " Per e-mail",
				"Jobcoach Sanne Coach " + dutch(TODAY) + " Persoonlijk");
		assertThat(text).doesNotContain("CONCEPT", "Handtekening");
		assertThat(text).doesNotContainIgnoringCase("Slaapt slecht")
			.doesNotContainIgnoringCase("medicatie")
			.doesNotContainIgnoringCase("Spanning bij drukte")
			.doesNotContainIgnoringCase("Gezondheid");
	}

	@Test
	void theDocumentSpeaksTheLanguageAskedFor() throws Exception {
		this.make.agreePlan(this.coach, this.id);

		MvcResult english = this.mvc.perform(get(document() + "?lang=en").cookie(this.coachSession))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(text(english))
			.contains("Coaching plan of Ayşe Yılmaz", "Details", "Goals", "Learning goal", "Agreements: who does what",
					"Planned hours", "Sign-off by participant, employer and job coach",
					"Agreed on " + TODAY.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)))
			.doesNotContain("Doelen", "Afspraken");
		assertThat(english.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"coaching-plan-" + this.id + "-v1.pdf\"");
		assertThat(english.getResponse().getCookie("tandem-lang")).as("the user's own language stays").isNull();

		MvcResult dutch = this.mvc.perform(get(document() + "?lang=nl").cookie(this.coachSession))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(text(dutch))
			.contains("Begeleidingsplan van Ayşe Yılmaz", "Gegevens", "Doelen", "Leerdoel", "Afspraken: wie doet wat",
					"Geplande uren", "Akkoord op " + dutch(TODAY))
			.doesNotContain("Goals", "Agreements");
	}

	@Test
	void aDraftIsMarkedAsSuchAndLeavesRoomToSign() throws Exception {
		this.plans.startDraft(this.coach, this.id);

		String text = text(this.mvc.perform(get(document() + "?version=1").cookie(this.coachSession))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(text).contains("CONCEPT", "Dit is een concept", "Concept");
		assertThat(text).contains("Deelnemer Ayşe Yılmaz Datum Handtekening",
				"Jobcoach Sanne Coach Datum Handtekening");
		assertThat(text).doesNotContainIgnoringCase("medicatie");
	}

	@Test
	void aProposedPlanShowsWhoAgreedAndLeavesRoomForTheOthersToSign() throws Exception {
		int number = this.plans.startDraft(this.coach, this.id);
		this.plans.describe(this.coach, this.id, number, version(), TODAY, TODAY.plusMonths(6), null, null, null);
		this.plans.addGoal(this.coach, this.id, number, version(), new Goal.Content(GoalArea.WORK, GoalKind.LEARNING,
				"Leren aangeven wanneer het te druk wordt", null, null, null));
		this.plans.propose(this.coach, this.id, number, version());
		this.plans.signOff(this.coach, this.id, number, version(), Party.PARTICIPANT, TODAY, SignOffMethod.IN_PERSON);

		String text = text(
				this.mvc.perform(get(document()).cookie(this.coachSession)).andExpect(status().isOk()).andReturn());

		assertThat(text).contains("Voorgelegd", "TER ONDERTEKENING", "wacht op het akkoord");
		assertThat(text).contains("Deelnemer Ayşe Yılmaz " + dutch(TODAY) + " Persoonlijk",
				"Werkgever Bakkerij Test Ayşe Datum Handtekening", "Jobcoach Sanne Coach Datum Handtekening");
		assertThat(text).doesNotContain("CONCEPT");
	}

	@Test
	void anEarlierVersionCanBePrintedAndIsMarkedAsSuperseded() throws Exception {
		agreeSecondVersionWithMore();

		MvcResult first = this.mvc.perform(get(document() + "?version=1").cookie(this.coachSession))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(first.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).endsWith("-v1.pdf\"");
		assertThat(text(first)).contains("VERVANGEN", "Versie 1").doesNotContain("Drie dagen per week");
		this.mvc.perform(get(document() + "?version=9").cookie(this.coachSession)).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheCoachAndTheTeamLeadGetTheDocument() throws Exception {
		this.make.agreePlan(this.coach, this.id);

		this.mvc.perform(get(document()).cookie(this.logins.session(this.organisation.teamLead())))
			.andExpect(status().isOk());
		this.mvc.perform(get(document()).cookie(this.logins.session(this.organisation.otherCoach())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(document()).cookie(this.logins.session(this.organisation.admin())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(document()).cookie(this.logins.session(this.fixtures.organisation().coach())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(document())).andExpect(redirectedUrl("/login"));
	}

	@Test
	void withoutAPlanThereIsNoDocument() throws Exception {
		this.mvc.perform(get(document()).cookie(this.coachSession)).andExpect(status().isNotFound());
	}

	@Test
	void aReferenceMakesAPlainFileName() {
		assertThat(PlanDocument.ascii("Ré 12/3")).isEqualTo("Re-12-3");
		assertThat(PlanDocument.ascii("../ş")).isEqualTo("s");
		assertThat(PlanDocument.ascii("ЖЖ")).isEmpty();
		assertThat(PlanDocument.ascii(null)).isEmpty();
	}

	/**
	 * Moves the participant to a new job, with a supervisor.
	 */
	private void placeWithSupervisor() {
		CurrentUser admin = this.organisation.admin().user();
		long employer = this.make.employer(this.organisation, "Zorgboerderij De Linde");
		long supervisor = this.employers.find(admin, employer).contacts().get(0).id();
		this.trajectories.place(this.coach, this.id, this.make.version(this.coach, this.id),
				new PlacementDetails(employer, null, supervisor, "Medewerker dierverzorging", new BigDecimal("20"),
						ContractType.FIXED_TERM, TODAY.minusDays(5), TODAY.plusYears(1), null));
	}

	/**
	 * Version 1 agreed with one goal; version 2 adds a goal, an attention point, an
	 * agreement and expectations, and is agreed by the three on different days.
	 */
	private void agreeSecondVersionWithMore() {
		this.make.agreePlan(this.coach, this.id);
		int number = this.plans.startDraft(this.coach, this.id);
		this.plans.describe(this.coach, this.id, number, version(), TODAY, TODAY.plusMonths(6), "Vast werk houden",
				"Een zelfstandige bakker", "Minder begeleiding na drie maanden");
		this.plans.addGoal(this.coach, this.id, number, version(),
				new Goal.Content(GoalArea.WORK, GoalKind.PERFORMANCE,
						"Drie dagen per week zelfstandig de oven bedienen", "Meer verantwoordelijkheid",
						"Petra hoeft niet meer mee te kijken", TODAY.plusMonths(3)));
		this.plans.addAttentionPoint(this.coach, this.id, number, version(), AttentionDomain.COMMUNICATION, null,
				"Vraagt laat om hulp");
		this.plans.addAgreement(this.coach, this.id, number, version(), Actor.SUPERVISOR,
				"Elke maandag een kort werkoverleg", TODAY.plusWeeks(2));
		this.plans.propose(this.coach, this.id, number, version());
		this.plans.signOff(this.coach, this.id, number, version(), Party.PARTICIPANT, TODAY.minusDays(2),
				SignOffMethod.IN_PERSON);
		this.plans.signOff(this.coach, this.id, number, version(), Party.EMPLOYER, TODAY.minusDays(1),
				SignOffMethod.EMAIL);
		this.plans.signOff(this.coach, this.id, number, version(), Party.COACH, TODAY, SignOffMethod.IN_PERSON);
	}

	private long version() {
		return this.make.planVersion(this.coach, this.id);
	}

	private String document() {
		return "/trajectories/" + this.id + "/plan/document.pdf";
	}

	private static String dutch(LocalDate day) {
		return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH));
	}

	/**
	 * The text of the PDF, with every run of white space as one space.
	 */
	private static String text(MvcResult result) throws IOException {
		byte[] pdf = result.getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
