package nl.tandem.demo;

import java.util.List;
import java.util.Set;

import nl.tandem.employer.ContactRole;
import nl.tandem.employer.ContactView;
import nl.tandem.employer.EmployerRow;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Accounts;
import nl.tandem.identity.PersonKind;
import nl.tandem.identity.Role;
import nl.tandem.participant.ConsentCategory;
import nl.tandem.participant.ConsentMethod;
import nl.tandem.participant.Consents;
import nl.tandem.trajectory.EmployerPlacements;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.stereotype.Component;

/**
 * The demo's employer contact with a portal login: the supervisor at the bakery, who sees
 * the employee coached there. The participant shares the goals, the agreements and the
 * session summaries with the employer, not the progress.
 */
@Component
class EmployerContactDemo {

	static final String EMPLOYER = "Krentje";

	private final Employers employers;

	private final Accounts accounts;

	private final EmployerPlacements placements;

	private final Consents consents;

	EmployerContactDemo(Employers employers, Accounts accounts, EmployerPlacements placements, Consents consents) {
		this.employers = employers;
		this.accounts = accounts;
		this.placements = placements;
		this.consents = consents;
	}

	/**
	 * @return the login of the employer contact
	 */
	DemoData.Login create(DemoOrganisation demo, String password) {
		CurrentUser coach = demo.user("sanne");
		EmployerRow bakery = this.employers.search(demo.user("admin"), EMPLOYER, 0).rows().get(0);
		ContactView supervisor = this.employers.find(demo.user("admin"), bakery.id())
			.contacts()
			.stream()
			.filter(contact -> contact.role() == ContactRole.SUPERVISOR)
			.findFirst()
			.orElseThrow();
		this.accounts.openPortal(demo.id(), PersonKind.EMPLOYER_CONTACT, supervisor.id(), supervisor.email(),
				supervisor.displayName(), "nl", password);
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
		return new DemoData.Login(supervisor.id(), supervisor.email(), Set.of(Role.EMPLOYER_CONTACT));
	}

}
