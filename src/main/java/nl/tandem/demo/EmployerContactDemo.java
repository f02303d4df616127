package nl.tandem.demo;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.tandem.employer.ContactRole;
import nl.tandem.employer.ContactView;
import nl.tandem.employer.EmployerRow;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Invitations;
import nl.tandem.identity.Invitee;
import nl.tandem.identity.PersonKind;
import nl.tandem.identity.Role;
import nl.tandem.participant.ConsentCategory;
import nl.tandem.participant.ConsentMethod;
import nl.tandem.participant.Consents;
import nl.tandem.platform.Mails;
import nl.tandem.trajectory.EmployerPlacements;
import nl.tandem.trajectory.TrajectoryFrame;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's employer contact with a portal login: the supervisor at the bakery, invited
 * by the coach as a coach would, who sees the employee coached there. The participant
 * shares the goals, the agreements and the session summaries with the employer, not the
 * progress. The link of the invitation is taken from the mail Tandem keeps when it sends
 * no mail (the default run); with a mail server there is no demo employer login.
 */
@Component
class EmployerContactDemo {

	static final String EMPLOYER = "Krentje";

	private static final Logger log = LoggerFactory.getLogger(EmployerContactDemo.class);

	private static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]{43})");

	private final Employers employers;

	private final Invitations invitations;

	private final Mails mails;

	private final EmployerPlacements placements;

	private final Consents consents;

	EmployerContactDemo(Employers employers, Invitations invitations, Mails mails, EmployerPlacements placements,
			Consents consents) {
		this.employers = employers;
		this.invitations = invitations;
		this.mails = mails;
		this.placements = placements;
		this.consents = consents;
	}

	/**
	 * @return the login of the employer contact, if it could be made
	 */
	Optional<DemoData.Login> create(DemoOrganisation demo, String password) {
		CurrentUser coach = demo.user("sanne");
		EmployerRow bakery = this.employers.search(demo.user("admin"), EMPLOYER, 0).rows().get(0);
		ContactView supervisor = this.employers.find(demo.user("admin"), bakery.id())
			.contacts()
			.stream()
			.filter(contact -> contact.role() == ContactRole.SUPERVISOR)
			.findFirst()
			.orElseThrow();
		if (!this.mails.keeping()) {
			log.info("Mail goes to a mail server: the demo has no employer contact login");
			return Optional.empty();
		}
		this.invitations.invite(coach, new Invitee(PersonKind.EMPLOYER_CONTACT, supervisor.id(), supervisor.email(),
				supervisor.displayName(), "nl"), "http://localhost");
		Matcher link = LINK.matcher(this.mails.kept(demo.id())
			.stream()
			.filter(kept -> kept.mail().to().equals(supervisor.email()))
			.findFirst()
			.orElseThrow()
			.mail()
			.text());
		if (!link.find()) {
			throw new IllegalStateException("No link in the demo invitation");
		}
		this.invitations.accept(link.group(1), password);
		CurrentUser contact = new CurrentUser(0, demo.id(), supervisor.id(), supervisor.displayName(),
				Set.of(Role.EMPLOYER_CONTACT));
		List<TrajectoryFrame> employees = this.placements.ofContact(contact);
		for (TrajectoryFrame employee : employees) {
			for (ConsentCategory category : List.of(ConsentCategory.EMPLOYER_PLAN_GOALS,
					ConsentCategory.EMPLOYER_AGREEMENTS, ConsentCategory.EMPLOYER_SESSION_SUMMARIES)) {
				this.consents.give(coach, employee.participantId(), category, demo.today().minusDays(30),
						ConsentMethod.IN_PERSON);
			}
		}
		return Optional.of(new DemoData.Login(supervisor.id(), supervisor.email(), Set.of(Role.EMPLOYER_CONTACT)));
	}

}
