package nl.tandem.portal;

import jakarta.servlet.http.Cookie;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.coaching.Sessions;
import nl.tandem.employer.ContactDetails;
import nl.tandem.employer.ContactRole;
import nl.tandem.employer.Country;
import nl.tandem.employer.EmployerDetails;
import nl.tandem.employer.EmployerSize;
import nl.tandem.employer.Employers;
import nl.tandem.employer.Scheme;
import nl.tandem.employer.SchemeText;
import nl.tandem.employer.Schemes;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Invitations;
import nl.tandem.participant.Consents;
import nl.tandem.plan.Plans;
import nl.tandem.platform.Mails;
import nl.tandem.trajectory.Trajectories;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The information on schemes: every organisation starts with default texts in both
 * languages, its administrator (and nobody else) changes them, bad input is refused next
 * to the field with nothing saved, and employer contacts read the schemes of their
 * employer's country in their language, never as markup.
 */
@TandemTest
class EmployerPortalSchemesTests {

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
	Sessions sessions;

	@Autowired
	Consents consents;

	@Autowired
	Invitations invitations;

	@Autowired
	Mails mails;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Schemes schemes;

	TestOrganisation organisation;

	EmployerPortalFixtures make;

	@BeforeEach
	void organisation() {
		this.organisation = this.fixtures.organisation();
		this.make = new EmployerPortalFixtures(this.trajectories, this.employers, this.plans, this.sessions,
				this.consents, this.invitations, this.mails, this.jdbc);
	}

	@Test
	void everyOrganisationStartsWithEverySchemeInBothLanguages() {
		assertThat(this.schemes.all(this.organisation.admin().user())).hasSize(Scheme.values().length * 2)
			.allSatisfy(text -> {
				assertThat(text.title()).isNotBlank();
				assertThat(text.body()).isNotBlank();
				assertThat(text.updatedAt()).isNull();
			});
		assertThat(this.schemes.forCountry(this.organisation.id(), Country.NL, "nl")).extracting(SchemeText::title)
			.containsExactly("Loonkostensubsidie en loondispensatie", "No-riskpolis",
					"Werkplekaanpassingen en voorzieningen", "Jobcoaching via UWV of de gemeente");
		assertThat(this.schemes.forCountry(this.organisation.id(), Country.BE, "en")).extracting(SchemeText::title)
			.containsExactly("Job coaching through VDAB",
					"Individual vocational training (IBO) and individual tailored support");
		assertThat(this.fixtures.count("scheme_text", this.organisation)).isEqualTo(Scheme.values().length * 2);
	}

	@Test
	void theAdministratorChangesASchemeAndTheEmployerReadsItEscaped() throws Exception {
		Cookie admin = this.logins.session(this.organisation.admin());
		this.mvc.perform(get("/admin/schemes").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("No-riskpolis"), containsString("Jobcoaching via VDAB"),
					containsString("standaardtekst"))));
		this.mvc.perform(get("/admin/schemes/NO_RISK_POLICY/nl").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"No-riskpolis\"")));
		long version = version(Scheme.NO_RISK_POLICY, "nl");
		this.mvc
			.perform(post("/admin/schemes/NO_RISK_POLICY/nl").cookie(admin)
				.with(csrf())
				.param("title", "No-riskpolis: minder risico")
				.param("body", "Loon < minimumloon & meer.\n\n- Punt een\n- Punt twee")
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/admin/schemes"))
			.andExpect(flash().attribute("saved", "scheme.saved"));

		Cookie contact = contactSession();
		this.mvc.perform(get("/portal/employer/schemes").cookie(contact))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("No-riskpolis: minder risico"),
					containsString("Loon &lt; minimumloon &amp; meer."), containsString("<li>Punt een</li>"),
					containsString("<li>Punt twee</li>"), containsString("Werkplekaanpassingen"))))
			.andExpect(content().string(not(containsString("VDAB"))));
		this.mvc.perform(get("/portal/employer/schemes").cookie(contact).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No-risk policy")))
			.andExpect(content().string(not(containsString("minder risico"))));
	}

	@Test
	void badInputIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
		Cookie admin = this.logins.session(this.organisation.admin());
		long version = version(Scheme.WAGE_SUBSIDY, "en");
		String[][] bad = { { "", "Some text", "title-error" }, { "Title", "", "body-error" },
				{ "T".repeat(151), "Some text", "title-error" }, { "Title", "x".repeat(5001), "body-error" },
				{ "Title", "Read <script>alert(1)</script> this", "body-error" },
				{ "<b>Title</b>", "Some text", "title-error" }, { "Title", "A &lt; B", "body-error" } };
		for (String[] input : bad) {
			this.mvc
				.perform(post("/admin/schemes/WAGE_SUBSIDY/en").cookie(admin)
					.with(csrf())
					.param("title", input[0])
					.param("body", input[1])
					.param("version", String.valueOf(version)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"" + input[2] + "\"")));
		}
		this.mvc
			.perform(post("/admin/schemes/WAGE_SUBSIDY/en").cookie(admin)
				.with(csrf())
				.param("title", "A new title")
				.param("body", "A new text")
				.param("version", String.valueOf(version + 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd")));
		SchemeText unchanged = text(Scheme.WAGE_SUBSIDY, "en");
		assertThat(unchanged.title()).isEqualTo("Wage cost subsidy and wage dispensation");
		assertThat(unchanged.version()).isEqualTo(version);
		this.mvc.perform(get("/admin/schemes/NO_SUCH_SCHEME/nl").cookie(admin)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/schemes/NO_RISK_POLICY/de").cookie(admin)).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheAdministratorEditsTheSchemes() throws Exception {
		Cookie coach = this.logins.session(this.organisation.coach());
		Cookie lead = this.logins.session(this.organisation.teamLead());
		Cookie contact = contactSession();
		for (Cookie who : new Cookie[] { coach, lead, contact }) {
			this.mvc.perform(get("/admin/schemes").cookie(who)).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/schemes/NO_RISK_POLICY/nl").cookie(who)).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/admin/schemes/NO_RISK_POLICY/nl").cookie(who)
					.with(csrf())
					.param("title", "Overgenomen")
					.param("body", "Overgenomen")
					.param("version", "0"))
				.andExpect(status().isForbidden());
		}
		assertThat(text(Scheme.NO_RISK_POLICY, "nl").title()).isEqualTo("No-riskpolis");
		CurrentUser coachUser = this.organisation.coach().user();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.schemes.all(coachUser))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

		TestOrganisation other = this.fixtures.organisation();
		this.mvc
			.perform(post("/admin/schemes/NO_RISK_POLICY/nl").cookie(this.logins.session(other.admin()))
				.with(csrf())
				.param("title", "Van een andere organisatie")
				.param("body", "Tekst")
				.param("version", String.valueOf(version(Scheme.NO_RISK_POLICY, "nl"))))
			.andExpect(redirectedUrl("/admin/schemes"));
		assertThat(text(Scheme.NO_RISK_POLICY, "nl").title()).as("each organisation has its own texts")
			.isEqualTo("No-riskpolis");
	}

	@Test
	void aContactOfABelgianEmployerReadsTheFlemishSchemes() throws Exception {
		long employer = this.employers.register(this.organisation.admin().user(), new EmployerDetails("Brouwerij Gent",
				null, Country.BE, "Korenlei 1", "9000", "Gent", "Voeding", EmployerSize.SMALL));
		String email = "an." + this.organisation.id() + "@brouwerij.test";
		long contact = this.employers.addContact(this.organisation.admin().user(), employer,
				new ContactDetails("An", "Peeters", ContactRole.SUPERVISOR, email, null));
		this.make.account(this.organisation, contact, email, "An Peeters");
		Cookie session = this.logins.attempt(email, EmployerPortalFixtures.PASSWORD).getResponse().getCookie("SESSION");
		this.mvc.perform(get("/portal/employer/schemes").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Jobcoaching via VDAB"),
					containsString("Individuele beroepsopleiding (IBO)"))))
			.andExpect(content()
				.string(allOf(not(containsString("No-riskpolis")), not(containsString("UWV of de gemeente")))));
		this.mvc.perform(get("/portal/employer").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Er worden op dit moment geen medewerkers van u begeleid.")));
	}

	private Cookie contactSession() throws Exception {
		EmployerPortalFixtures.Employee employee = this.make.placed(this.organisation, "Mila");
		return this.logins.attempt(employee.contactEmail(), EmployerPortalFixtures.PASSWORD)
			.getResponse()
			.getCookie("SESSION");
	}

	private SchemeText text(Scheme scheme, String language) {
		return this.schemes.text(this.organisation.admin().user(), scheme, language);
	}

	private long version(Scheme scheme, String language) {
		return text(scheme, language).version();
	}

}
