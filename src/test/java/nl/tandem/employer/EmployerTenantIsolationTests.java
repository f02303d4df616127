package nl.tandem.employer;

import java.util.List;

import jakarta.servlet.http.Cookie;
import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.platform.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Another organisation's employers, contacts and workplaces are "not found", on every
 * page and every action, and stay as they were.
 */
@TandemTest
class EmployerTenantIsolationTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	MockMvc mvc;

	@Autowired
	Employers employers;

	TestOrganisation mine;

	TestOrganisation theirs;

	Cookie coach;

	long myEmployer;

	long theirEmployer;

	long theirContact;

	long theirWorkplace;

	@BeforeEach
	void twoOrganisationsWithAnEmployerEach() throws Exception {
		this.mine = this.fixtures.organisation();
		this.theirs = this.fixtures.organisation();
		this.coach = this.logins.session(this.mine.coach());
		this.myEmployer = this.employers.register(this.mine.coach().user(),
				EmployerFixtures.bakery("Mijn bakker", null));
		this.theirEmployer = this.employers.register(this.theirs.coach().user(),
				EmployerFixtures.bakery("Geheime Bakkerij", "87654321"));
		this.theirContact = this.employers.addContact(this.theirs.coach().user(), this.theirEmployer,
				EmployerFixtures.supervisor());
		this.theirWorkplace = this.employers.addWorkplace(this.theirs.coach().user(), this.theirEmployer,
				EmployerFixtures.bakehouse());
	}

	@Test
	void anotherOrganisationsEmployerIsNotFoundAndStaysAsItWas() throws Exception {
		this.mvc.perform(get("/employers/" + this.theirEmployer).cookie(this.coach))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Geheime Bakkerij"))));
		this.mvc
			.perform(post("/employers/" + this.theirEmployer).cookie(this.coach)
				.with(csrf())
				.param("name", "Overgenomen")
				.param("country", "NL")
				.param("street", "Brink 1")
				.param("postalCode", "8011 KX")
				.param("city", "Zwolle")
				.param("version", "0"))
			.andExpect(status().isNotFound());
		assertThat(this.employers.find(this.theirs.coach().user(), this.theirEmployer).name())
			.isEqualTo("Geheime Bakkerij");
		assertThatThrownBy(() -> this.employers.find(this.mine.coach().user(), this.theirEmployer))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void contactsAndWorkplacesCannotBeAddedToAnotherOrganisationsEmployer() throws Exception {
		this.mvc
			.perform(post("/employers/" + this.theirEmployer + "/contacts").cookie(this.coach)
				.with(csrf())
				.param("givenName", "Indringer")
				.param("familyName", "Test")
				.param("role", "OTHER"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/employers/" + this.theirEmployer + "/workplaces").cookie(this.coach)
				.with(csrf())
				.param("workplaceName", "Indringer"))
			.andExpect(status().isNotFound());
		EmployerView untouched = this.employers.find(this.theirs.coach().user(), this.theirEmployer);
		assertThat(untouched.contacts()).hasSize(1);
		assertThat(untouched.workplaces()).hasSize(1);
	}

	@Test
	void anotherOrganisationsContactIsNotFoundAndStaysActive() throws Exception {
		for (long employer : new long[] { this.theirEmployer, this.myEmployer }) {
			String contact = "/employers/" + employer + "/contacts/" + this.theirContact;
			this.mvc.perform(get(contact).cookie(this.coach)).andExpect(status().isNotFound());
			this.mvc
				.perform(post(contact).cookie(this.coach)
					.with(csrf())
					.param("givenName", "Overgenomen")
					.param("familyName", "Test")
					.param("role", "OTHER")
					.param("version", "0"))
				.andExpect(status().isNotFound());
			for (String action : List.of("/deactivate", "/reactivate")) {
				this.mvc.perform(post(contact + action).cookie(this.coach).with(csrf()).param("version", "0"))
					.andExpect(status().isNotFound());
			}
		}
		ContactView untouched = this.employers.contact(this.theirs.id(), this.theirContact).orElseThrow();
		assertThat(untouched.active()).isTrue();
		assertThat(untouched.givenName()).isEqualTo("Marieke");
	}

	@Test
	void anotherOrganisationsWorkplaceIsNotFoundAndStaysAsItWas() throws Exception {
		for (long employer : new long[] { this.theirEmployer, this.myEmployer }) {
			String workplace = "/employers/" + employer + "/workplaces/" + this.theirWorkplace;
			this.mvc.perform(get(workplace).cookie(this.coach)).andExpect(status().isNotFound());
			this.mvc
				.perform(post(workplace).cookie(this.coach)
					.with(csrf())
					.param("workplaceName", "Overgenomen")
					.param("version", "0"))
				.andExpect(status().isNotFound());
		}
		assertThat(this.employers.workplace(this.theirs.id(), this.theirWorkplace).orElseThrow().name())
			.isEqualTo("Bakkerij, productie");
	}

	@Test
	void aContactOfOneEmployerIsNotFoundUnderAnotherEmployer() throws Exception {
		long myContact = this.employers.addContact(this.mine.coach().user(), this.myEmployer, EmployerFixtures.buddy());
		long myOtherEmployer = this.employers.register(this.mine.coach().user(),
				EmployerFixtures.bakery("Tweede bakker", null));
		this.mvc.perform(get("/employers/" + myOtherEmployer + "/contacts/" + myContact).cookie(this.coach))
			.andExpect(status().isNotFound());
		assertThatThrownBy(
				() -> this.employers.deactivateContact(this.mine.coach().user(), myOtherEmployer, myContact, 0))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void searchesAndLookupsStayWithinTheOrganisation() throws Exception {
		assertThat(this.employers.search(this.mine.coach().user(), "", 0).rows()).extracting(EmployerRow::name)
			.containsExactly("Mijn bakker");
		assertThat(this.employers.search(this.mine.coach().user(), "87654321", 0).rows()).isEmpty();
		this.mvc.perform(get("/employers?q=Geheime").cookie(this.coach))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Geheime Bakkerij"))));
		assertThat(this.employers.names(this.mine.id(), List.of(this.myEmployer, this.theirEmployer)))
			.containsOnlyKeys(this.myEmployer);
		assertThat(this.employers.idsMatching(this.mine.id(), "bakkerij", 10)).isEmpty();
		assertThat(this.employers.contact(this.mine.id(), this.theirContact)).isEmpty();
		assertThat(this.employers.workplace(this.mine.id(), this.theirWorkplace)).isEmpty();
		assertThat(this.employers.exists(this.mine.id(), this.theirEmployer)).isFalse();
		assertThat(this.employers.exists(this.mine.id(), this.myEmployer)).isTrue();
	}

}
