package nl.tandem.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

import nl.tandem.identity.AccountView;
import nl.tandem.identity.Accounts;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.organisation.Organisations;
import nl.tandem.organisation.Staff;
import nl.tandem.organisation.StaffDetails;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small, realistic and clearly fictional organisation to try Tandem with, plus a second
 * one that shows that organisations never see each other's data. Everything goes through
 * the modules' services, as a user's actions would.
 */
@Component
class DemoData {

	static final String DOMAIN = "debrug.example";

	private final Organisations organisations;

	private final Staff staff;

	private final Accounts accounts;

	private final List<DemoStep> steps;

	private final ParticipantPortalDemo participantPortal;

	private final EmployerContactDemo employerContact;

	DemoData(Organisations organisations, Staff staff, Accounts accounts, List<DemoStep> steps,
			ParticipantPortalDemo participantPortal, EmployerContactDemo employerContact) {
		this.employerContact = employerContact;
		this.organisations = organisations;
		this.staff = staff;
		this.accounts = accounts;
		this.participantPortal = participantPortal;
		this.steps = steps.stream().sorted(Comparator.comparingInt(DemoStep::order)).toList();
	}

	/**
	 * @return the demo logins, one line each
	 */
	@Transactional
	List<Login> create(String password, LocalDate today) {
		List<Login> logins = new ArrayList<>();
		long brug = this.organisations.found("Jobcoaching De Brug (demo)");
		long noord = this.organisations.formTeam(brug, "Team Noord");
		long zuid = this.organisations.formTeam(brug, "Team Zuid");
		logins.add(hire(brug, "Anouk", null, "Jansen", "admin", null, Set.of(Role.ADMIN), password));
		logins.add(hire(brug, "Ruud", "van", "Dalen", "teamleider.noord", noord, Set.of(Role.TEAM_LEAD), password));
		logins.add(hire(brug, "Ilse", "de", "Wit", "teamleider.zuid", zuid, Set.of(Role.TEAM_LEAD), password));
		logins.add(hire(brug, "Sanne", "de", "Vries", "sanne", noord, Set.of(Role.COACH), password));
		logins.add(hire(brug, "Daan", null, "Bakker", "daan", noord, Set.of(Role.COACH), password));
		logins.add(hire(brug, "Fatima", null, "El Amrani", "fatima", noord, Set.of(Role.COACH), password));
		logins.add(hire(brug, "Joost", "van der", "Meer", "joost", zuid, Set.of(Role.COACH), password));
		logins.add(hire(brug, "Lieke", null, "Hendriks", "lieke", zuid, Set.of(Role.COACH), password));
		logins.add(hire(brug, "Bram", null, "Visser", "bram", zuid, Set.of(Role.COACH), password));
		logins.add(hire(brug, "Esther", null, "Mulder", "privacy", null, Set.of(Role.PRIVACY_OFFICER), password));
		this.staff.certify(brug, logins.get(3).personId(), "Register Jobcoach (Noloc)", "RJ-2023-0417",
				today.plusDays(40));
		this.staff.certify(brug, logins.get(4).personId(), "Register Jobcoach (Noloc)", "RJ-2024-1182",
				today.plusYears(3));
		this.staff.certify(brug, logins.get(6).personId(), "Register Jobcoach (Noloc)", "RJ-2022-0093",
				today.minusDays(12));

		DemoOrganisation demo = new DemoOrganisation(brug, Map.of("Team Noord", noord, "Team Zuid", zuid),
				users(brug, logins), today);
		this.steps.forEach(step -> step.create(demo));
		logins.add(this.participantPortal.create(demo, password));
		logins.add(this.employerContact.create(demo, password));

		long schakel = this.organisations.found("Werkkracht Schakel (demo)");
		long gent = this.organisations.formTeam(schakel, "Team Gent");
		logins.add(hire(schakel, "Wouter", null, "Peeters", "admin@schakel", null, Set.of(Role.ADMIN), password));
		logins.add(hire(schakel, "Elke", null, "Claes", "elke@schakel", gent, Set.of(Role.COACH), password));
		return logins;
	}

	private Map<String, CurrentUser> users(long organisation, List<Login> logins) {
		Map<String, CurrentUser> users = new LinkedHashMap<>();
		for (Login login : logins) {
			AccountView account = this.accounts.forPerson(organisation, login.personId()).orElseThrow();
			String name = login.email().substring(0, login.email().indexOf('@'));
			users.put(name, new CurrentUser(account.id(), organisation, login.personId(), name, account.roles()));
		}
		return users;
	}

	private Login hire(long organisation, String given, String prefix, String family, String user, Long team,
			Set<Role> roles, String password) {
		String email = user.contains("@") ? user.replace("@schakel", "@schakel.example") : user + "@" + DOMAIN;
		long id = this.staff.hire(organisation, new StaffDetails(given, prefix, family, email, null, team, roles, "nl"),
				password);
		return new Login(id, email, roles);
	}

	record Login(long personId, String email, Set<Role> roles) {
	}

}
