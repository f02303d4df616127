package nl.tandem.employer;

import jakarta.servlet.http.Cookie;
import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.platform.ConcurrentEditException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A coach registers employers, their contacts and workplaces through the pages: what is
 * wrong is said next to the field, nothing is half-saved, and the later of two concurrent
 * edits is refused.
 */
@TandemTest
class EmployerAdministrationTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	MockMvc mvc;

	@Autowired
	Employers employers;

	@Autowired
	JdbcClient jdbc;

	TestOrganisation organisation;

	Cookie coach;

	@BeforeEach
	void aCoachSignedIn() throws Exception {
		this.organisation = this.fixtures.organisation();
		this.coach = this.logins.session(this.organisation.coach());
	}

	@Test
	void aCoachRegistersAnEmployerWithItsContactsAndAWorkplace() throws Exception {
		MvcResult registered = this.mvc
			.perform(employerForm(post("/employers"), "Zorgcentrum De Lindehof", "BE", "0123 456 749", "9000", null))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long id = idFrom(registered.getResponse().getRedirectedUrl());
		this.mvc
			.perform(post("/employers/" + id + "/contacts").cookie(this.coach)
				.with(csrf())
				.param("givenName", "Yvonne")
				.param("familyName", "Kramer")
				.param("role", "SUPERVISOR")
				.param("email", "yvonne@lindehof.example"))
			.andExpect(redirectedUrl("/employers/" + id + "#contacts"));
		this.mvc
			.perform(post("/employers/" + id + "/workplaces").cookie(this.coach)
				.with(csrf())
				.param("workplaceName", "Restaurant")
				.param("workplacePostalCode", "9050"))
			.andExpect(redirectedUrl("/employers/" + id + "#workplaces"));
		this.mvc.perform(get("/employers/" + id).cookie(this.coach))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Zorgcentrum De Lindehof"), containsString("0123.456.749"),
					containsString("Yvonne Kramer"), containsString("Leidinggevende"), containsString("Restaurant"))));
		EmployerView employer = this.employers.find(this.organisation.coach().user(), id);
		assertThat(employer.contacts()).singleElement().satisfies(contact -> assertThat(contact.active()).isTrue());
		assertThat(employer.workplaces()).singleElement()
			.satisfies(workplace -> assertThat(workplace.postalCode()).isEqualTo("9050"));
	}

	@Test
	void mistakesAreShownNextToTheirFieldsAllAtOnceAndNothingIsSaved() throws Exception {
		this.mvc.perform(employerForm(post("/employers"), " ", "NL", "123", "80111", null))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"name-error\">Vul de naam van de werkgever in."),
					containsString("id=\"registrationNumber-error\">Een KvK-nummer bestaat uit 8 cijfers."),
					containsString("id=\"postalCode-error\">Een Nederlandse postcode bestaat uit 4 cijfers"))));
		assertThat(employerCount()).isZero();
		this.mvc.perform(employerForm(post("/employers"), "Drukkerij", "BE", "0123.456.748", "9000", null))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("id=\"registrationNumber-error\">Dit is geen geldig ondernemingsnummer.")));
		assertThat(employerCount()).isZero();
	}

	@Test
	void aContactOrWorkplaceWithMistakesIsNotSavedAndItsFormStaysOpen() throws Exception {
		long id = this.employers.register(this.organisation.coach().user(), EmployerFixtures.bakery());
		this.mvc
			.perform(post("/employers/" + id + "/contacts").cookie(this.coach)
				.with(csrf())
				.param("givenName", "Henk")
				.param("familyName", "")
				.param("role", "COLLEAGUE_BUDDY")
				.param("email", "geen e-mailadres"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"familyName-error\">Vul de achternaam in."),
					containsString("id=\"email-error\">Dit is geen geldig e-mailadres."),
					containsString("<details class=\"add\" open"))));
		this.mvc
			.perform(post("/employers/" + id + "/workplaces").cookie(this.coach)
				.with(csrf())
				.param("workplaceName", "Winkel")
				.param("workplacePostalCode", "9000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"workplacePostalCode-error\">Een Nederlandse postcode bestaat uit 4 cijfers en 2 letters")));
		EmployerView employer = this.employers.find(this.organisation.coach().user(), id);
		assertThat(employer.contacts()).isEmpty();
		assertThat(employer.workplaces()).isEmpty();
	}

	@Test
	void aRegistrationNumberIsUsedByOneEmployerOfTheOrganisationOnly() throws Exception {
		this.employers.register(this.organisation.coach().user(), EmployerFixtures.bakery("Bakkerij", "12345678"));
		this.mvc.perform(employerForm(post("/employers"), "Tweede bakkerij", "NL", "1234 5678", "8011 KX", null))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("id=\"registrationNumber-error\">Er is al een werkgever met dit nummer.")));
		assertThat(employerCount()).isOne();
		TestOrganisation other = this.fixtures.organisation();
		assertThat(this.employers.register(other.coach().user(), EmployerFixtures.bakery("Bakkerij", "12345678")))
			.as("another organisation may register the same employer")
			.isPositive();
	}

	@Test
	void theLaterOfTwoConcurrentEditsIsRefused() throws Exception {
		long id = this.employers.register(this.organisation.coach().user(), EmployerFixtures.bakery());
		long version = this.employers.find(this.organisation.coach().user(), id).version();
		Cookie teamLead = this.logins.session(this.organisation.teamLead());
		this.mvc.perform(employerForm(post("/employers/" + id), "Eerste naam", "NL", "", "8011 KX", version))
			.andExpect(redirectedUrl("/employers/" + id));
		this.mvc.perform(employerForm(post("/employers/" + id), teamLead, "Tweede naam", "NL", "", "8011 KX", version))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd.")));
		assertThat(this.employers.find(this.organisation.coach().user(), id).name()).isEqualTo("Eerste naam");
	}

	@Test
	void theLaterOfTwoConcurrentEditsOfAContactOrWorkplaceIsRefused() throws Exception {
		long id = this.employers.register(this.organisation.coach().user(), EmployerFixtures.bakery());
		long contact = this.employers.addContact(this.organisation.coach().user(), id, EmployerFixtures.supervisor());
		long workplace = this.employers.addWorkplace(this.organisation.coach().user(), id,
				EmployerFixtures.bakehouse());
		this.mvc.perform(contactForm(id, contact, "Marieke 1", 0)).andExpect(status().is3xxRedirection());
		this.mvc.perform(contactForm(id, contact, "Marieke 2", 0))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd.")));
		this.mvc.perform(workplaceForm(id, workplace, "Productie 1", 0)).andExpect(status().is3xxRedirection());
		this.mvc.perform(workplaceForm(id, workplace, "Productie 2", 0))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd.")));
		EmployerView employer = this.employers.find(this.organisation.coach().user(), id);
		assertThat(employer.contacts()).extracting(ContactView::givenName).containsExactly("Marieke 1");
		assertThat(employer.workplaces()).extracting(WorkplaceView::name).containsExactly("Productie 1");
		assertThatThrownBy(() -> this.employers.deactivateContact(this.organisation.coach().user(), id, contact, 0))
			.isInstanceOf(ConcurrentEditException.class);
	}

	@Test
	void aContactWhoLeavesIsDeactivatedAndStaysListed() throws Exception {
		long id = this.employers.register(this.organisation.coach().user(), EmployerFixtures.bakery());
		long contact = this.employers.addContact(this.organisation.coach().user(), id, EmployerFixtures.buddy());
		this.mvc
			.perform(post("/employers/" + id + "/contacts/" + contact + "/deactivate").cookie(this.coach)
				.with(csrf())
				.param("version", "0"))
			.andExpect(redirectedUrl("/employers/" + id + "#contacts"))
			.andExpect(flash().attribute("saved", "employer.contact.deactivated"));
		assertThat(this.employers.contact(this.organisation.id(), contact)).hasValueSatisfying(view -> {
			assertThat(view.active()).isFalse();
			assertThat(view.displayName()).isEqualTo("Henk Bosman");
		});
		this.mvc
			.perform(post("/employers/" + id + "/contacts/" + contact + "/deactivate").cookie(this.coach)
				.with(csrf())
				.param("version", "1"))
			.andExpect(flash().attribute("refused", "employer.contact.alreadyInactive"));
		this.mvc.perform(get("/employers/" + id).cookie(this.coach))
			.andExpect(content().string(allOf(containsString("Henk Bosman"), containsString("Niet meer actief"))));
		this.mvc
			.perform(post("/employers/" + id + "/contacts/" + contact + "/reactivate").cookie(this.coach)
				.with(csrf())
				.param("version", "1"))
			.andExpect(flash().attribute("saved", "employer.contact.reactivated"));
		assertThat(this.employers.contact(this.organisation.id(), contact).orElseThrow().active()).isTrue();
	}

	@Test
	void thePagesOfAnEmployerItsContactsAndWorkplacesOpen() throws Exception {
		long id = this.employers.register(this.organisation.coach().user(), EmployerFixtures.bakery());
		long contact = this.employers.addContact(this.organisation.coach().user(), id, EmployerFixtures.supervisor());
		long workplace = this.employers.addWorkplace(this.organisation.coach().user(), id,
				EmployerFixtures.bakehouse());
		this.mvc.perform(get("/employers/new").cookie(this.coach))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("KvK-nummer of ondernemingsnummer")));
		this.mvc.perform(get("/employers/" + id + "/contacts/" + contact).cookie(this.coach))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Marieke Dijkstra"), containsString("Deactiveren"))));
		this.mvc.perform(get("/employers/" + id + "/workplaces/" + workplace).cookie(this.coach))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bakkerij, productie")));
		this.mvc.perform(get("/employers/" + id + "?lang=en").cookie(this.coach))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Contacts"), containsString("Supervisor"),
					containsString("Small (10–49 employees)"))));
	}

	private MockHttpServletRequestBuilder employerForm(MockHttpServletRequestBuilder request, String name,
			String country, String registrationNumber, String postalCode, Long version) {
		return employerForm(request, this.coach, name, country, registrationNumber, postalCode, version);
	}

	private MockHttpServletRequestBuilder employerForm(MockHttpServletRequestBuilder request, Cookie session,
			String name, String country, String registrationNumber, String postalCode, Long version) {
		request.cookie(session)
			.with(csrf())
			.param("name", name)
			.param("country", country)
			.param("registrationNumber", registrationNumber)
			.param("street", "Brink 1")
			.param("postalCode", postalCode)
			.param("city", "Zwolle")
			.param("sector", "Zorg")
			.param("size", "SMALL");
		if (version != null) {
			request.param("version", String.valueOf(version));
		}
		return request;
	}

	private MockHttpServletRequestBuilder contactForm(long employer, long contact, String givenName, long version) {
		return post("/employers/" + employer + "/contacts/" + contact).cookie(this.coach)
			.with(csrf())
			.param("givenName", givenName)
			.param("familyName", "Dijkstra")
			.param("role", "SUPERVISOR")
			.param("version", String.valueOf(version));
	}

	private MockHttpServletRequestBuilder workplaceForm(long employer, long workplace, String name, long version) {
		return post("/employers/" + employer + "/workplaces/" + workplace).cookie(this.coach)
			.with(csrf())
			.param("workplaceName", name)
			.param("version", String.valueOf(version));
	}

	private long employerCount() {
		return this.jdbc.sql("select count(*) from employer where organisation_id = :organisation")
			.param("organisation", this.organisation.id())
			.query(Long.class)
			.single();
	}

	static long idFrom(String url) {
		return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
	}

}
