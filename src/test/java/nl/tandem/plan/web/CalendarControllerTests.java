package nl.tandem.plan.web;

import jakarta.servlet.http.Cookie;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TandemTest
class CalendarControllerTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	MockMvc mvc;

	TestOrganisation organisation;

	Cookie coach;

	@BeforeEach
	void signInAsCoach() throws Exception {
		this.organisation = this.fixtures.organisation();
		this.coach = this.logins.session(this.organisation.coach());
	}

	@Test
	void aCoachSeesTheCalendarPageAndCanMakeALink() throws Exception {
		this.mvc.perform(get("/calendar").cookie(this.coach))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mijn agenda-koppeling")))
			.andExpect(content().string(containsString("Je hebt nu geen agenda-koppeling.")))
			.andExpect(content().string(containsString("action=\"/calendar/link\"")))
			.andExpect(content().string(not(containsString("action=\"/calendar/stop\""))));
	}

	@Test
	void theNewLinkIsShownOnceAndTheCalendarAppReadsItWithoutALogin() throws Exception {
		String url = createLink("calendar.created");
		assertThat(url).startsWith("http://localhost/calendar/").endsWith(".ics");

		this.mvc.perform(get("/calendar").cookie(this.coach).flashAttr("feedUrl", url))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + url + "\"")))
			.andExpect(content().string(containsString("readonly")))
			.andExpect(content().string(containsString("Je agenda-koppeling is actief sinds")))
			.andExpect(content().string(containsString("action=\"/calendar/stop\"")));
		this.mvc.perform(get("/calendar").cookie(this.coach)).andExpect(content().string(not(containsString(url))));

		this.mvc.perform(get(path(url)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(content().string(containsString("BEGIN:VCALENDAR\r\n")));
		this.mvc.perform(head(path(url))).andExpect(status().isOk());
	}

	@Test
	void aNewLinkStopsTheOldOne() throws Exception {
		String old = createLink("calendar.created");
		String renewed = createLink("calendar.renewed");

		this.mvc.perform(get(path(old))).andExpect(status().isNotFound());
		this.mvc.perform(get(path(renewed)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")));
	}

	@Test
	void aStoppedLinkAndAnUnknownLinkAreBothNotFound() throws Exception {
		String url = createLink("calendar.created");
		this.mvc.perform(post("/calendar/stop").cookie(this.coach).with(csrf()))
			.andExpect(redirectedUrl("/calendar"))
			.andExpect(flash().attribute("saved", "calendar.stopped"));

		MvcResult stopped = this.mvc.perform(get(path(url))).andExpect(status().isNotFound()).andReturn();
		MvcResult unknown = this.mvc.perform(get("/calendar/bm90LWEtcmVhbC1zZWNyZXQtYXQtYWxsLWp1c3QtdGVzdA.ics"))
			.andExpect(status().isNotFound())
			.andReturn();
		assertThat(stopped.getResponse().getContentAsString()).isEqualTo(unknown.getResponse().getContentAsString());
		this.mvc.perform(get("/calendar").cookie(this.coach))
			.andExpect(content().string(containsString("Je hebt nu geen agenda-koppeling.")));
	}

	@Test
	void makingOrStoppingALinkNeedsTheFormsToken() throws Exception {
		this.mvc.perform(post("/calendar/link").cookie(this.coach)).andExpect(status().isForbidden());
		this.mvc.perform(post("/calendar/stop").cookie(this.coach)).andExpect(status().isForbidden());
	}

	@Test
	void aSignedOutVisitorIsSentToTheLogin() throws Exception {
		this.mvc.perform(get("/calendar")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/calendar/link").with(csrf())).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anAdministratorWithoutTheCoachRoleHasNoCalendar() throws Exception {
		Cookie admin = this.logins.session(this.organisation.admin());
		this.mvc.perform(get("/calendar").cookie(admin).accept("text/html")).andExpect(status().isForbidden());
		this.mvc.perform(post("/calendar/link").cookie(admin).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(get("/profile").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/calendar\""))));
	}

	@Test
	void theProfileOfACoachLinksToTheCalendarPage() throws Exception {
		this.mvc.perform(get("/profile").cookie(this.coach))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/calendar\"")))
			.andExpect(content().string(containsString("Naar mijn agenda-koppeling")));
	}

	private String createLink(String message) throws Exception {
		MvcResult result = this.mvc.perform(post("/calendar/link").cookie(this.coach).with(csrf()))
			.andExpect(redirectedUrl("/calendar"))
			.andExpect(flash().attribute("saved", message))
			.andReturn();
		return (String) result.getFlashMap().get("feedUrl");
	}

	private static String path(String url) {
		return url.substring("http://localhost".length());
	}

}
