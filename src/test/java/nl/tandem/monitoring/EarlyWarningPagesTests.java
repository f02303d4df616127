package nl.tandem.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.StatementCounter;
import nl.tandem.TandemTest;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.plan.IntensityProfile;
import nl.tandem.plan.Plans;
import nl.tandem.plan.Schedules;
import nl.tandem.trajectory.ContextEventKind;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@TandemTest
class EarlyWarningPagesTests {

	static final LocalDate TODAY = TrajectoryFixtures.TODAY;

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
	EarlyWarningPlans warningPlans;

	@Autowired
	Zones zones;

	@Autowired
	Intensifications intensifications;

	TrajectoryFixtures make;

	TestOrganisation organisation;

	CurrentUser coach;

	Cookie session;

	long id;

	@BeforeEach
	void activeTrajectory() throws Exception {
		this.make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach().user();
		this.session = this.logins.session(this.organisation.coach());
		this.id = this.make.active(this.organisation, this.organisation.coach(), "Fenna", "Formulier");
		this.schedules.generate(this.coach, this.id, -1, IntensityProfile.parse("1@60"), TODAY, TODAY.plusMonths(2));
	}

	@Test
	void theCoachWritesAZoneOfTheDraftAndAgreesThePlan() throws Exception {
		this.mvc.perform(get(warning()).cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nog geen signaleringsplan")));
		this.mvc.perform(post(warning() + "/start").cookie(this.session).with(csrf()))
			.andExpect(redirectedUrl(warning()));
		this.mvc.perform(get(warning() + "/1/zones/ORANGE").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Oranje invullen")));
		for (Zone zone : Zone.inPlan(false)) {
			this.mvc
				.perform(post(warning() + "/1/zones/" + zone).cookie(this.session)
					.with(csrf())
					.param("version", String.valueOf(version()))
					.param("behaviour", "Trekt zich terug in " + zone)
					.param("buddy", "Vraagt hoe het gaat"))
				.andExpect(redirectedUrl(warning()));
		}
		this.mvc
			.perform(post(warning() + "/1/agree").cookie(this.session)
				.with(csrf())
				.param("version", String.valueOf(version()))
				.param("agreedOn", TODAY.toString()))
			.andExpect(redirectedUrl(warning()))
			.andExpect(flash().attribute("saved", "warning.saved.agreed"));
		this.mvc.perform(get(warning()).cookie(this.session))
			.andExpect(content().string(containsString("Trekt zich terug in RED")))
			.andExpect(content().string(containsString("Afgesproken")));
	}

	@Test
	void badInputIsShownNextToTheFieldAndNothingIsSaved() throws Exception {
		this.warningPlans.startDraft(this.coach, this.id);
		this.mvc
			.perform(post(warning() + "/1/agree").cookie(this.session)
				.with(csrf())
				.param("version", String.valueOf(version()))
				.param("agreedOn", TODAY.plusDays(3).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"agreedOn-error\"")));
		this.mvc
			.perform(post(warning() + "/1/agree").cookie(this.session)
				.with(csrf())
				.param("version", String.valueOf(version()))
				.param("agreedOn", TODAY.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul bij groen minstens een signaal en een actie in.")));
		this.mvc
			.perform(post(warning() + "/zones").cookie(this.session)
				.with(csrf())
				.param("recordedOn", TODAY.toString())
				.param("remark", "x".repeat(2001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"zone-error\"")))
			.andExpect(content().string(containsString("id=\"remark-error\"")));
		this.mvc
			.perform(post(warning() + "/zones").cookie(this.session)
				.with(csrf())
				.param("zone", "ORANGE")
				.param("recordedOn", TODAY.plusDays(2).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"recordedOn-error\"")));
		this.mvc
			.perform(post(warning() + "/zones").cookie(this.session)
				.with(csrf())
				.param("zone", "YELLOW")
				.param("recordedOn", TODAY.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Het signaleringsplan gebruikt de gele zone niet.")));
		assertThat(this.fixtures.count("zone_record", this.organisation)).isZero();
		assertThat(this.warningPlans.page(this.coach, this.id, null).plan().status())
			.isEqualTo(EarlyWarningPlanStatus.DRAFT);
	}

	@Test
	void aStaleFormIsRefusedWithAMessageAndDoesNotOverwrite() throws Exception {
		this.warningPlans.startDraft(this.coach, this.id);
		long seen = version();
		this.warningPlans.describeZone(this.coach, this.id, 1, seen, Zone.GREEN, WarningFixtures.content(Zone.GREEN));
		this.mvc
			.perform(post(warning() + "/1/zones/GREEN").cookie(this.session)
				.with(csrf())
				.param("version", String.valueOf(seen))
				.param("thoughts", "Overschreven?"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd")));
		assertThat(this.warningPlans.page(this.coach, this.id, null).plan().zones().get(0).thoughts())
			.isEqualTo("Ik kan het wel aan");
	}

	@Test
	void aProposalIsDecidedOnItsPageWithTheHoursEffectShownFirst() throws Exception {
		this.trajectories.recordEvent(this.coach, this.id, this.make.version(this.coach, this.id),
				ContextEventKind.NEW_MANAGER, TODAY, null);
		IntensificationView proposal = this.intensifications.ofTrajectory(this.coach, this.id).get(0);
		String page = "/trajectories/" + this.id + "/intensifications/" + proposal.id();
		this.mvc.perform(get("/trajectories/" + this.id).cookie(this.session))
			.andExpect(content().string(containsString("Voorstel: tijdelijk extra begeleiding")))
			.andExpect(content().string(containsString("4 uur extra gepland.")));
		this.mvc
			.perform(post(page + "/accept").cookie(this.session)
				.with(csrf())
				.param("weeks", "6")
				.param("sessionsPerWeek", "2")
				.param("minutes", "45")
				.param("startsOn", TODAY.toString())
				.param("version", String.valueOf(proposal.version()))
				.param("recalculate", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("9 uur extra gepland.")));
		assertThat(this.intensifications.ofTrajectory(this.coach, this.id).get(0).isOpen()).isTrue();
		this.mvc
			.perform(post(page + "/accept").cookie(this.session)
				.with(csrf())
				.param("weeks", "40")
				.param("sessionsPerWeek", "1")
				.param("minutes", "60")
				.param("startsOn", TODAY.toString())
				.param("version", String.valueOf(proposal.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"weeks-error\"")));
		this.mvc
			.perform(post(page + "/decline").cookie(this.session)
				.with(csrf())
				.param("reason", " ")
				.param("version", String.valueOf(proposal.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\"")));
		this.mvc
			.perform(post(page + "/accept").cookie(this.session)
				.with(csrf())
				.param("weeks", "6")
				.param("sessionsPerWeek", "2")
				.param("minutes", "45")
				.param("startsOn", TODAY.toString())
				.param("version", String.valueOf(proposal.version())))
			.andExpect(redirectedUrl("/trajectories/" + this.id));
		assertThat(this.intensifications.ofTrajectory(this.coach, this.id).get(0).status())
			.isEqualTo(IntensificationStatus.ADAPTED);
		this.mvc.perform(get("/trajectories/" + this.id).cookie(this.session))
			.andExpect(content().string(containsString("Extra begeleiding aangepast aangenomen")));
	}

	@Test
	void onlyTheAssignedCoachGetsThePagesAndTheTeamLeadOnlySeesThatASignalIsOpen() throws Exception {
		this.zones.record(this.coach, this.id, Zone.RED, TODAY, "Geheime opmerking");
		IntensificationView proposal = this.intensifications.ofTrajectory(this.coach, this.id).get(0);
		Cookie lead = this.logins.session(this.organisation.teamLead());
		for (Cookie other : new Cookie[] { lead, this.logins.session(this.organisation.otherCoach()),
				this.logins.session(this.organisation.admin()),
				this.logins.session(this.fixtures.organisation().coach()) }) {
			for (String path : new String[] { warning(), warning() + "/zones/new", warning() + "/document.pdf",
					"/trajectories/" + this.id + "/intensifications/" + proposal.id() }) {
				this.mvc.perform(get(path).cookie(other)).andExpect(status().isNotFound());
			}
			this.mvc
				.perform(post(warning() + "/zones").cookie(other)
					.with(csrf())
					.param("zone", "GREEN")
					.param("recordedOn", TODAY.toString()))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/trajectories/" + this.id).cookie(lead))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Er staat een signaal open bij de vroegsignalering")))
			.andExpect(content().string(not(containsString("Geheime opmerking"))))
			.andExpect(content().string(not(containsString("zone-red"))));
		assertThat(this.zones.history(this.coach, this.id)).hasSize(1);
	}

	@Test
	void theEarlyWarningPagesTakeAFixedNumberOfStatementsWhateverTheHistory() throws Exception {
		this.warningPlans.startDraft(this.coach, this.id);
		this.zones.record(this.coach, this.id, Zone.GREEN, TODAY.minusDays(20), null);
		this.trajectories.recordEvent(this.coach, this.id, this.make.version(this.coach, this.id),
				ContextEventKind.NEW_MANAGER, TODAY, null);
		int[] few = counts();
		for (int i = 0; i < 8; i++) {
			this.zones.record(this.coach, this.id, (i % 2 == 0) ? Zone.ORANGE : Zone.GREEN, TODAY.minusDays(19 - i),
					"Opmerking " + i);
		}
		for (ContextEventKind kind : new ContextEventKind[] { ContextEventKind.LOSS, ContextEventKind.MOVING }) {
			this.trajectories.recordEvent(this.coach, this.id, this.make.version(this.coach, this.id), kind, TODAY,
					null);
		}
		int[] many = counts();
		// the same queries; at most the session store's write of the request may differ
		for (int page = 0; page < few.length; page++) {
			assertThat(many[page]).as("page " + page).isBetween(few[page] - 1, few[page] + 1);
		}
	}

	@Test
	void thePlanIsAPdfForTheParticipantInDutchOrEnglish() throws Exception {
		new WarningFixtures(this.warningPlans).agreed(this.coach, this.id);
		byte[] dutch = this.mvc.perform(get(warning() + "/document.pdf?lang=nl").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("signaleringsplan-")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(dutch)).contains("Signaleringsplan van Fenna Formulier", "Oranje", "Ik kan het wel aan",
				"Belt één keer per maand", "Gevoelens", "Sanne Coach (jobcoach)");
		byte[] english = this.mvc.perform(get(warning() + "/document.pdf?lang=en&version=1").cookie(this.session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(english)).contains("Early-warning plan of Fenna Formulier", "Orange", "Who does what",
				"Ik kan het wel aan");
		this.mvc.perform(get(warning() + "/document.pdf?version=7").cookie(this.session))
			.andExpect(status().isNotFound());
	}

	private int[] counts() throws Exception {
		String[] pages = { "/trajectories/" + this.id, warning() };
		int[] counts = new int[pages.length];
		for (int i = 0; i < pages.length; i++) {
			this.mvc.perform(get(pages[i]).cookie(this.session)).andExpect(status().isOk());
			StatementCounter.reset();
			this.mvc.perform(get(pages[i]).cookie(this.session)).andExpect(status().isOk());
			counts[i] = StatementCounter.count();
		}
		return counts;
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private long version() {
		return this.warningPlans.page(this.coach, this.id, null).plan().version();
	}

	private String warning() {
		return "/trajectories/" + this.id + "/warning";
	}

}
