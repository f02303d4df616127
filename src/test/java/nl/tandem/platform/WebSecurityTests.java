package nl.tandem.platform;

import jakarta.servlet.http.Cookie;
import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TandemTest
class WebSecurityTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	MockMvc mvc;

	@Test
	void pagesCarryStrictSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("default-src 'self'"), containsString("script-src 'self'"),
							not(containsString("unsafe-inline")), containsString("frame-ancestors 'none'"))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

	@Test
	void pagesNeedALogin() throws Exception {
		this.mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/staff")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	@Test
	void aFormWithoutCsrfTokenIsRefused() throws Exception {
		TestOrganisation organisation = this.fixtures.organisation();
		Cookie session = this.logins.session(organisation.admin());
		this.mvc.perform(post("/admin/teams").cookie(session).param("name", "Zonder token"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCoachMayNotOpenTheAdministration() throws Exception {
		TestOrganisation organisation = this.fixtures.organisation();
		Cookie session = this.logins.session(organisation.coach());
		this.mvc.perform(get("/admin/staff").cookie(session).accept("text/html")).andExpect(status().isForbidden());
	}

	@Test
	void stylesScriptsAndImagesAreServedWithoutALogin() throws Exception {
		this.mvc.perform(get("/assets/css/tandem.css")).andExpect(status().isOk());
		this.mvc.perform(get("/assets/js/tandem.js")).andExpect(status().isOk());
		this.mvc.perform(get("/assets/img/tandem.svg")).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
		this.mvc.perform(get("/login"))
			.andExpect(content().string(containsString("/assets/css/tandem.css")))
			.andExpect(content().string(containsString("/webjars/htmx.org/")));
	}

}
