package nl.tandem;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.organisation.Organisations;
import nl.tandem.organisation.Staff;
import nl.tandem.organisation.StaffDetails;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes organisations with staff for tests. Every organisation gets unique e-mail
 * addresses, so tests can make as many as they like on the shared database.
 */
@TestComponent
public class Fixtures {

	public static final String PASSWORD = "correct horse battery";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final Organisations organisations;

	private final Staff staff;

	private final JdbcClient jdbc;

	Fixtures(Organisations organisations, Staff staff, JdbcClient jdbc) {
		this.organisations = organisations;
		this.staff = staff;
		this.jdbc = jdbc;
	}

	/**
	 * An organisation with a team, an administrator, a team lead and two coaches.
	 */
	public TestOrganisation organisation() {
		int n = SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 100000) * 1000;
		long id = this.organisations.found("Testorganisatie " + n);
		long team = this.organisations.formTeam(id, "Team Test");
		String domain = "org" + n + ".test";
		return new TestOrganisation(id, team, hire(id, team, "Anouk", "Beheer", "admin@" + domain, Set.of(Role.ADMIN)),
				hire(id, team, "Ruud", "Leiding", "lead@" + domain, Set.of(Role.TEAM_LEAD)),
				hire(id, team, "Sanne", "Coach", "coach@" + domain, Set.of(Role.COACH)),
				hire(id, team, "Daan", "Coach", "coach2@" + domain, Set.of(Role.COACH)));
	}

	/**
	 * A privacy officer of the organisation: reads the access log and decides on
	 * retention, sees no trajectories.
	 */
	public Member privacyOfficer(TestOrganisation organisation) {
		String email = "privacy" + SEQUENCE.incrementAndGet() + "@org" + organisation.id() + ".test";
		return hire(organisation.id(), organisation.teamId(), "Pim", "Privacy", email, Set.of(Role.PRIVACY_OFFICER));
	}

	/**
	 * How many rows of a table belong to the organisation.
	 */
	public long count(String table, TestOrganisation organisation) {
		return this.jdbc.sql("select count(*) from " + table + " where organisation_id = :organisation")
			.param("organisation", organisation.id())
			.query(Long.class)
			.single();
	}

	private Member hire(long organisation, long team, String given, String family, String email, Set<Role> roles) {
		long person = this.staff.hire(organisation,
				new StaffDetails(given, null, family, email, null, team, roles, "nl"), PASSWORD);
		long account = this.jdbc.sql("select id from account where email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
		return new Member(new CurrentUser(account, organisation, person, given + " " + family, roles), email);
	}

	public record TestOrganisation(long id, long teamId, Member admin, Member teamLead, Member coach,
			Member otherCoach) {
	}

	/**
	 * A staff member of a test organisation: who they are to the services, and how they
	 * log in.
	 */
	public record Member(CurrentUser user, String email) {

		public long personId() {
			return this.user.personId();
		}

	}

}
