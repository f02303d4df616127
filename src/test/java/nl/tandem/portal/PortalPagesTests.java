package nl.tandem.portal;

import jakarta.servlet.http.Cookie;
import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.employer.ContactDetails;
import nl.tandem.employer.ContactRole;
import nl.tandem.employer.Employers;
import nl.tandem.identity.Invitations;
import nl.tandem.plan.Plans;
import nl.tandem.platform.Mails;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TandemTest
class PortalPagesTests {

	private static final String PASSWORD = "mijn eigen wachtwoord";

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
	Mails mails;

	@Autowired
	Invitations invitations;

	TestOrganisation organisation;

	PortalFixtures.Placed placed;

	Cookie coach;

	@BeforeEach
	void trajectory() throws Exception {
		this.organisation = this.fixtures.organisation();
		this.placed = new PortalFixtures(this.trajectories, this.employers, this.plans).placed(this.organisation,
				"Mila", "Portaal", "nl");
		this.coach = this.logins.session(this.organisation.coach());
	}

	@Test
	void theCoachInvitesFromTheTrajectoryPage() throws Exception {
		this.mvc.perform(get("/trajectories/" + this.placed.id()).cookie(this.coach))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Toegang tot het portaal")))
			.andExpect(content().string(containsString(this.placed.participantEmail())))
			.andExpect(content().string(containsString(this.placed.contactEmail())))
			.andExpect(content().string(containsString("Nodig Mila Portaal uit")));
		inviteParticipant();
		assertThat(PortalFixtures.tokenMailedTo(this.mails, this.organisation.id(), this.placed.participantEmail()))
			.isNotBlank();
		this.mvc.perform(get("/trajectories/" + this.placed.id()).cookie(this.coach))
			.andExpect(content().string(containsString("Uitgenodigd, link geldig tot")))
			.andExpect(content().string(containsString("Opnieuw uitnodigen")));
	}

	@Test
	void onlyTheTrajectorysCoachInvites() throws Exception {
		Cookie lead = this.logins.session(this.organisation.teamLead());
		this.mvc.perform(get("/trajectories/" + this.placed.id()).cookie(lead))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Toegang tot het portaal"))));
		this.mvc
			.perform(post("/trajectories/" + this.placed.id() + "/invitations/participant").cookie(lead).with(csrf()))
			.andExpect(status().isForbidden());
		Cookie other = this.logins.session(this.organisation.otherCoach());
		this.mvc
			.perform(post("/trajectories/" + this.placed.id() + "/invitations/participant").cookie(other).with(csrf()))
			.andExpect(status().is4xxClientError());
		Cookie stranger = this.logins.session(this.fixtures.organisation().coach());
		this.mvc
			.perform(post("/trajectories/" + this.placed.id() + "/invitations/participant").cookie(stranger)
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.mails.kept(this.organisation.id())).isEmpty();
	}

	@Test
	void aContactOfAnotherEmployerIsNotFound() throws Exception {
		long elsewhere = new TrajectoryFixtures(this.trajectories, this.employers, this.plans)
			.employer(this.organisation, "Elders");
		long contact = this.employers.addContact(this.organisation.admin().user(), elsewhere, new ContactDetails(
				"Elders", "Contact", ContactRole.HR, "elders" + this.organisation.id() + "@x.test", null));
		this.mvc
			.perform(post("/trajectories/" + this.placed.id() + "/invitations/contacts/" + contact).cookie(this.coach)
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.mails.kept(this.organisation.id())).isEmpty();
	}

	@Test
	void theInvitedParticipantChoosesAPasswordAndLandsOnThePortal() throws Exception {
		inviteParticipant();
		String token = PortalFixtures.tokenMailedTo(this.mails, this.organisation.id(), this.placed.participantEmail());
		String link = "/invitation/" + token;
		this.mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Welkom bij Tandem, Mila Portaal")));
		this.mvc.perform(post(link).with(csrf()).param("password", "kort").param("confirmation", "kort"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"password-error\"")))
			.andExpect(content().string(containsString("12 tot 128 tekens")));
		this.mvc.perform(post(link).with(csrf()).param("password", PASSWORD).param("confirmation", "iets anders hier"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("De twee wachtwoorden zijn niet gelijk.")));
		assertThat(this.invitations.open(token)).as("nothing was saved").isPresent();
		this.mvc.perform(post(link).with(csrf()).param("password", PASSWORD).param("confirmation", PASSWORD))
			.andExpect(redirectedUrl("/login?welcome"));
		this.mvc.perform(get("/login?welcome")).andExpect(content().string(containsString("Je account is klaar.")));

		MvcResult login = this.logins.attempt(this.placed.participantEmail(), PASSWORD);
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/portal");
		Cookie participant = login.getResponse().getCookie("SESSION");
		this.mvc.perform(get("/portal").cookie(participant))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Welkom, Mila Portaal")))
			.andExpect(content().string(containsString("Mijn traject")));
		this.mvc.perform(get("/").cookie(participant)).andExpect(redirectedUrl("/portal"));
		this.mvc.perform(get("/profile").cookie(participant)).andExpect(status().isOk());
	}

	@Test
	void aUsedOrUnknownLinkGetsTheSameClearPage() throws Exception {
		inviteParticipant();
		String token = PortalFixtures.tokenMailedTo(this.mails, this.organisation.id(), this.placed.participantEmail());
		this.mvc.perform(
				post("/invitation/" + token).with(csrf()).param("password", PASSWORD).param("confirmation", PASSWORD));
		for (String link : new String[] { "/invitation/" + token, "/invitation/unknown-link" }) {
			this.mvc.perform(get(link))
				.andExpect(status().isGone())
				.andExpect(content().string(containsString("Deze link werkt niet meer")))
				.andExpect(content().string(not(containsString(this.placed.participantEmail()))));
		}
		this.mvc
			.perform(post("/invitation/" + token).with(csrf())
				.param("password", "nog een wachtwoord")
				.param("confirmation", "nog een wachtwoord"))
			.andExpect(status().isGone());
	}

	@Test
	void portalUsersAreRefusedOnStaffPagesAndStaffOnThePortal() throws Exception {
		Cookie contact = contactSession();
		this.mvc.perform(get("/portal").cookie(contact)).andExpect(redirectedUrl("/portal/employer"));
		this.mvc.perform(get("/portal/employer").cookie(contact)).andExpect(status().isOk());
		for (String page : new String[] { "/trajectories", "/trajectories/" + this.placed.id(), "/employers",
				"/employers/" + this.placed.employerId(), "/admin/organisation", "/admin/staff", "/signals",
				"/dev/mail", "/profile/two-factor", "/calendar" }) {
			this.mvc.perform(get(page).cookie(contact)).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(
					post("/trajectories/" + this.placed.id() + "/invitations/participant").cookie(contact).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/portal").cookie(this.coach)).andExpect(status().isForbidden());
	}

	@Test
	void theDeveloperMailPageIsForAdministratorsOfTheOrganisation() throws Exception {
		inviteParticipant();
		this.mvc.perform(get("/dev/mail").cookie(this.logins.session(this.organisation.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Alleen voor ontwikkelaars")))
			.andExpect(content().string(containsString(this.placed.participantEmail())));
		this.mvc.perform(get("/dev/mail").cookie(this.logins.session(this.fixtures.organisation().admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.placed.participantEmail()))));
		this.mvc.perform(get("/dev/mail").cookie(this.coach)).andExpect(status().isForbidden());
	}

	private void inviteParticipant() throws Exception {
		this.mvc
			.perform(post("/trajectories/" + this.placed.id() + "/invitations/participant").cookie(this.coach)
				.with(csrf()))
			.andExpect(redirectedUrl("/trajectories/" + this.placed.id() + "#invitations"))
			.andExpect(flash().attribute("saved", "invitation.sent"));
	}

	private Cookie contactSession() throws Exception {
		this.mvc
			.perform(post("/trajectories/" + this.placed.id() + "/invitations/contacts/" + this.placed.contactId())
				.cookie(this.coach)
				.with(csrf())
				.param("language", "en"))
			.andExpect(flash().attribute("saved", "invitation.sent"));
		String token = PortalFixtures.tokenMailedTo(this.mails, this.organisation.id(), this.placed.contactEmail());
		assertThat(this.mails.kept(this.organisation.id()).get(0).mail().subject())
			.isEqualTo("Your invitation to Tandem");
		this.invitations.accept(token, PASSWORD);
		MvcResult login = this.logins.attempt(this.placed.contactEmail(), PASSWORD);
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/portal");
		assertThat(login.getResponse().getCookie("tandem-lang").getValue()).isEqualTo("en");
		Cookie session = login.getResponse().getCookie("SESSION");
		this.mvc.perform(post("/profile/language").cookie(session).with(csrf()).param("language", "nl"));
		return session;
	}

}
