package nl.tandem.organisation;

import java.time.LocalDate;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.identity.Role;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TandemTest
class StaffAdministrationTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminRegistersACoachWhoLogsInWithTheTemporaryPassword() throws Exception {
		TestOrganisation organisation = this.fixtures.organisation();
		Cookie session = this.logins.session(organisation.admin());
		String email = "nieuw@" + organisation.id() + ".test";
		String temporary = (String) this.mvc
			.perform(post("/admin/staff").cookie(session)
				.with(csrf())
				.param("givenName", "Noor")
				.param("familyNamePrefix", "van")
				.param("familyName", "Dijk")
				.param("email", email)
				.param("teamId", String.valueOf(organisation.teamId()))
				.param("roles", "COACH")
				.param("language", "nl"))
			.andExpect(redirectedUrlPattern("/admin/staff/*"))
			.andExpect(flash().attributeExists("temporaryPassword"))
			.andReturn()
			.getFlashMap()
			.get("temporaryPassword");
		assertThat(this.logins.attempt(email, temporary).getResponse().getRedirectedUrl())
			.isEqualTo("/profile?passwordRequired");
		assertThat(this.staff.list(organisation.admin().user(), "noor", 0).rows()).singleElement().satisfies(row -> {
			assertThat(row.displayName()).isEqualTo("Noor van Dijk");
			assertThat(row.roles()).containsExactly(Role.COACH);
			assertThat(row.teamName()).isEqualTo("Team Test");
		});
	}

	@Test
	void invalidRegistrationShowsMessagesNextToTheFieldsAndSavesNothing() throws Exception {
		TestOrganisation organisation = this.fixtures.organisation();
		Cookie session = this.logins.session(organisation.admin());
		long before = staffCount(organisation);
		this.mvc
			.perform(post("/admin/staff").cookie(session)
				.with(csrf())
				.param("givenName", "")
				.param("familyName", "")
				.param("email", "not-an-address")
				.param("language", "nl"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"givenName-error\"")))
			.andExpect(content().string(containsString("Vul de voornaam in.")))
			.andExpect(content().string(containsString("Dit is geen geldig e-mailadres.")))
			.andExpect(content().string(containsString("Kies minstens één rol.")));
		assertThat(staffCount(organisation)).isEqualTo(before);
	}

	@Test
	void anAddressInUseIsRefusedOnItsField() throws Exception {
		TestOrganisation organisation = this.fixtures.organisation();
		Cookie session = this.logins.session(organisation.admin());
		long before = staffCount(organisation);
		this.mvc
			.perform(post("/admin/staff").cookie(session)
				.with(csrf())
				.param("givenName", "Dubbel")
				.param("familyName", "Adres")
				.param("email", organisation.coach().email().toUpperCase())
				.param("roles", "COACH")
				.param("language", "nl"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"email-error\"")))
			.andExpect(content().string(containsString("Dit e-mailadres is al in gebruik.")));
		assertThat(staffCount(organisation)).isEqualTo(before);
	}

	@Test
	void theLaterOfTwoConcurrentEditsIsRefusedWithAClearMessage() throws Exception {
		TestOrganisation organisation = this.fixtures.organisation();
		Cookie session = this.logins.session(organisation.admin());
		long id = organisation.coach().personId();
		long version = this.staff.profile(organisation.admin().user(), id).version();
		this.mvc.perform(edit(session, id, version, "Eerste")).andExpect(redirectedUrlPattern("/admin/staff/*"));
		this.mvc.perform(edit(session, id, version, "Tweede"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd.")));
		assertThat(this.staff.profile(organisation.admin().user(), id).givenName()).isEqualTo("Eerste");
	}

	@Test
	void certificatesExpiringWithinSixtyDaysAreFlagged() {
		TestOrganisation organisation = this.fixtures.organisation();
		long coach = organisation.coach().personId();
		LocalDate today = LocalDate.now(Staff.ZONE);
		long version = this.staff.profile(organisation.admin().user(), coach).version();
		this.staff.certify(organisation.admin().user(), coach, version, "Register Jobcoach", "RJ-1",
				today.plusDays(59));
		this.staff.certify(organisation.id(), organisation.otherCoach().personId(), "Register Jobcoach", null,
				today.plusDays(400));
		assertThat(this.staff.myCertificateWarnings(organisation.coach().user())).singleElement()
			.extracting(CertificateView::status)
			.isEqualTo(CertificateStatus.EXPIRING);
		assertThat(this.staff.myCertificateWarnings(organisation.otherCoach().user())).isEmpty();
		assertThat(this.staff.certificateWarnings(organisation.admin().user()))
			.extracting(Staff.ExpiringCertificate::staffId)
			.containsExactly(coach);
	}

	@Test
	void theCoachSeesTheirOwnExpiringCertificateOnTheHomePage() throws Exception {
		TestOrganisation organisation = this.fixtures.organisation();
		this.staff.certify(organisation.id(), organisation.coach().personId(), "Register Jobcoach", null,
				LocalDate.now(Staff.ZONE).plusDays(10));
		this.mvc.perform(get("/").cookie(this.logins.session(organisation.coach())))
			.andExpect(content().string(containsString("Mijn certificaten")))
			.andExpect(content().string(containsString("verloopt op")));
		this.mvc.perform(get("/").cookie(this.logins.session(organisation.otherCoach())))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Mijn certificaten"))));
	}

	@Test
	void anAdminCannotRemoveTheirOwnAdminRoleNorDeactivateThemselves() {
		TestOrganisation organisation = this.fixtures.organisation();
		var admin = organisation.admin();
		StaffProfile profile = this.staff.profile(admin.user(), admin.personId());
		StaffDetails withoutAdmin = new StaffDetails(profile.givenName(), null, profile.familyName(), profile.email(),
				null, null, Set.of(Role.COACH), "nl");
		assertThatThrownBy(() -> this.staff.describe(admin.user(), admin.personId(), profile.version(), withoutAdmin))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("staff.admin.self");
		assertThatThrownBy(() -> this.staff.deactivate(admin.user(), admin.personId()))
			.isInstanceOf(DomainRuleException.class);
	}

	@Test
	void aStaleVersionIsRefusedByTheService() {
		TestOrganisation organisation = this.fixtures.organisation();
		long coach = organisation.coach().personId();
		long version = this.staff.profile(organisation.admin().user(), coach).version();
		this.staff.certify(organisation.admin().user(), coach, version, "A", null, LocalDate.now().plusYears(1));
		assertThatThrownBy(() -> this.staff.certify(organisation.admin().user(), coach, version, "B", null,
				LocalDate.now().plusYears(1)))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(this.staff.profile(organisation.admin().user(), coach).certificates()).hasSize(1);
	}

	@Test
	void theStaffListIsPaginatedAndSearchable() {
		TestOrganisation organisation = this.fixtures.organisation();
		for (int i = 0; i < 30; i++) {
			this.staff.hire(organisation.id(),
					new StaffDetails("Extra" + i, null, "Medewerker",
							"extra" + i + "@" + organisation.id() + ".list.test", null, null, Set.of(Role.COACH), "nl"),
					Fixtures.PASSWORD);
		}
		var first = this.staff.list(organisation.admin().user(), "", 0);
		assertThat(first.total()).isEqualTo(34);
		assertThat(first.rows()).hasSize(25);
		assertThat(this.staff.list(organisation.admin().user(), "", 1).rows()).hasSize(9);
		assertThat(this.staff.list(organisation.admin().user(), "extra1", 0).total()).isEqualTo(11);
	}

	private org.springframework.test.web.servlet.RequestBuilder edit(Cookie session, long id, long version,
			String givenName) {
		return post("/admin/staff/" + id).cookie(session)
			.with(csrf())
			.param("givenName", givenName)
			.param("familyName", "Coach")
			.param("email", "edited" + id + "@edit.test")
			.param("roles", "COACH")
			.param("language", "nl")
			.param("version", String.valueOf(version));
	}

	private long staffCount(TestOrganisation organisation) {
		return this.jdbc.sql("select count(*) from staff_member where organisation_id = :o")
			.param("o", organisation.id())
			.query(Long.class)
			.single();
	}

}
