package nl.tandem.portal;

import java.util.Set;

import jakarta.servlet.http.Cookie;

import nl.tandem.Fixtures;
import nl.tandem.Logins;
import nl.tandem.identity.Accounts;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.PersonKind;
import nl.tandem.identity.Role;
import nl.tandem.trajectory.Trajectories;

/**
 * Portal accounts for the participants of test trajectories, as if they had accepted
 * their invitation, and their sessions.
 */
public record ParticipantPortalFixtures(Trajectories trajectories, Accounts accounts, Logins logins) {

	/**
	 * Opens the portal account of the participant of the trajectory (whose coach is
	 * given) in a language.
	 */
	public Participant participant(Fixtures.Member coach, long trajectory, String language) {
		var details = this.trajectories.details(coach.user(), trajectory);
		long participantId = details.participantId();
		String email = "deelnemer." + participantId + "@portaal.test";
		long account = this.accounts.openPortal(coach.user().organisationId(), PersonKind.PARTICIPANT, participantId,
				email, details.participantName(), language, Fixtures.PASSWORD);
		return new Participant(trajectory, participantId, details.participantName(), email, new CurrentUser(account,
				coach.user().organisationId(), participantId, details.participantName(), Set.of(Role.PARTICIPANT)));
	}

	public Participant participant(Fixtures.Member coach, long trajectory) {
		return participant(coach, trajectory, "nl");
	}

	/**
	 * Signs the participant in; they land on the portal.
	 */
	public Cookie session(Participant participant) throws Exception {
		return signIn(participant)[0];
	}

	/**
	 * Signs the participant in and keeps what a browser keeps: the session and the
	 * language of the account.
	 */
	public Cookie[] signIn(Participant participant) throws Exception {
		var result = this.logins.attempt(participant.email(), Fixtures.PASSWORD);
		if (!"/portal".equals(result.getResponse().getRedirectedUrl())) {
			throw new AssertionError(
					"login of " + participant.email() + " went to " + result.getResponse().getRedirectedUrl());
		}
		Cookie language = result.getResponse().getCookie("tandem-lang");
		return (language != null) ? new Cookie[] { result.getResponse().getCookie("SESSION"), language }
				: new Cookie[] { result.getResponse().getCookie("SESSION") };
	}

	/**
	 * A participant with a portal account: their trajectory, who they are and the user
	 * the services see.
	 */
	public record Participant(long trajectory, long participantId, String name, String email, CurrentUser user) {
	}

}
