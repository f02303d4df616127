package nl.tandem.portal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.employer.ContactDetails;
import nl.tandem.employer.ContactRole;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.participant.ParticipantDetails;
import nl.tandem.participant.ParticipantView;
import nl.tandem.plan.Plans;
import nl.tandem.platform.Mails;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

/**
 * Trajectories whose participant and employer contact have e-mail addresses of their own,
 * to be invited to the portal; and the links in the mails Tandem kept.
 */
public record PortalFixtures(Trajectories trajectories, Employers employers, Plans plans) {

	private static final Pattern LINK = Pattern.compile("https?://\\S+/invitation/([A-Za-z0-9_-]{43})");

	/**
	 * A trajectory of the organisation's coach in planning, placed at an employer with an
	 * HR contact.
	 */
	public Placed placed(TestOrganisation organisation, String given, String family, String language) {
		long id = new TrajectoryFixtures(this.trajectories, this.employers, this.plans).planning(organisation,
				organisation.coach(), given, family);
		CurrentUser coach = organisation.coach().user();
		long participantId = this.trajectories.details(coach, id).participantId();
		ParticipantView p = this.trajectories.participant(coach, participantId);
		String email = given.toLowerCase(Locale.ROOT) + "." + organisation.id() + "@deelnemer.test";
		this.trajectories.describeParticipant(coach, participantId, p.version(), new ParticipantDetails(p.givenName(),
				p.familyNamePrefix(), p.familyName(), p.dateOfBirth(), email, p.phone(), language, p.reference()));
		long employer = this.trajectories.frame(coach, id).current().employerId();
		String contactEmail = "joost." + organisation.id() + "@werkgever.test";
		long contact = this.employers.addContact(organisation.admin().user(), employer,
				new ContactDetails("Joost", "Werkgever", ContactRole.HR, contactEmail, null));
		return new Placed(id, participantId, email, employer, contact, contactEmail);
	}

	/**
	 * The token of the link in the newest mail to the address that Tandem kept.
	 */
	public static String tokenMailedTo(Mails mails, long organisation, String email) {
		String text = mails.kept(organisation)
			.stream()
			.filter(kept -> kept.mail().to().equals(email))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no mail to " + email))
			.mail()
			.text();
		return token(text);
	}

	public static String token(String text) {
		Matcher link = LINK.matcher(text);
		if (!link.find()) {
			throw new AssertionError("no invitation link in " + text);
		}
		return link.group(1);
	}

	public record Placed(long id, long participantId, String participantEmail, long employerId, long contactId,
			String contactEmail) {
	}

}
