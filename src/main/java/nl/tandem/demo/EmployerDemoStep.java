package nl.tandem.demo;

import java.util.List;
import java.util.Locale;

import nl.tandem.employer.ContactDetails;
import nl.tandem.employer.ContactRole;
import nl.tandem.employer.Country;
import nl.tandem.employer.EmployerDetails;
import nl.tandem.employer.EmployerSize;
import nl.tandem.employer.Employers;
import nl.tandem.employer.WorkplaceDetails;
import nl.tandem.identity.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * Six fictional employers of the kinds where job coaches' participants often work, each
 * with a supervisor, a colleague who is the buddy, sometimes HR, and a workplace. The
 * registration numbers start with zeros so nobody mistakes them for real ones.
 */
@Component
class EmployerDemoStep implements DemoStep {

	private static final List<DemoEmployer> EMPLOYERS = List.of(
			new DemoEmployer(
					details("Bakkerij Het Warme Krentje", "00004101", "Korenmolenstraat 14", "8011 KX", "Zwolle",
							"Bakkerij", EmployerSize.SMALL),
					List.of(contact("Marieke", "Dijkstra", ContactRole.SUPERVISOR, "krentje"),
							contact("Henk", "Bosman", ContactRole.COLLEAGUE_BUDDY, "krentje")),
					new WorkplaceDetails("Bakkerij, productie (vroege dienst)", null, null, null)),
			new DemoEmployer(
					details("Zorgcentrum De Lindehof", "00004102", "Lindelaan 2", "7412 AE", "Deventer", "Ouderenzorg",
							EmployerSize.MEDIUM),
					List.of(contact("Yvonne", "Kramer", ContactRole.SUPERVISOR, "lindehof"),
							contact("Priya", "Ramdin", ContactRole.HR, "lindehof"),
							contact("Gerrit", "Wolters", ContactRole.COLLEAGUE_BUDDY, "lindehof")),
					new WorkplaceDetails("Facilitaire dienst en restaurant", null, null, null)),
			new DemoEmployer(
					details("Logistiek Centrum Oost-Veluwe", "00004103", "Transportweg 20", "7332 AB", "Apeldoorn",
							"Logistiek", EmployerSize.LARGE),
					List.of(contact("Marco", "Verhoef", ContactRole.SUPERVISOR, "lcov"),
							contact("Sandra", "Postma", ContactRole.HR, "lcov"),
							contact("Kevin", "Hoekman", ContactRole.COLLEAGUE_BUDDY, "lcov")),
					new WorkplaceDetails("Orderpicking, hal 3", "Transportweg 24", "7332 AB", "Apeldoorn")),
			new DemoEmployer(
					details("Groenbeheer gemeente Beekdal", null, "Werfweg 3", "8102 GT", "Beekdal",
							"Openbare ruimte en groen", EmployerSize.MEDIUM),
					List.of(contact("Erik", "Timmermans", ContactRole.SUPERVISOR, "beekdal"),
							contact("Ahmed", "Bouzid", ContactRole.COLLEAGUE_BUDDY, "beekdal")),
					new WorkplaceDetails("Gemeentewerf, ploeg Noord", "Werfweg 3", "8102 GT", "Beekdal")),
			new DemoEmployer(
					details("Versmarkt De Hoek", "00004105", "Brink 31", "7411 BT", "Deventer",
							"Detailhandel (supermarkt)", EmployerSize.MEDIUM),
					List.of(contact("Jeroen", "van Dam", ContactRole.SUPERVISOR, "versmarkt"),
							contact("Fleur", "Smits", ContactRole.COLLEAGUE_BUDDY, "versmarkt"),
							contact("Linda", "de Boer", ContactRole.HR, "versmarkt")),
					new WorkplaceDetails("Vakkenvullen en magazijn", null, null, null)),
			new DemoEmployer(
					details("Drukkerij De Letterzetter", "00004106", "Papiermolenweg 7", "8013 NE", "Zwolle",
							"Grafische industrie", EmployerSize.MICRO),
					List.of(contact("Paul", "Willemsen", ContactRole.SUPERVISOR, "letterzetter"),
							contact("Joyce", "Veenstra", ContactRole.COLLEAGUE_BUDDY, "letterzetter")),
					new WorkplaceDetails("Afwerking en inpak", null, null, null)));

	private final Employers employers;

	EmployerDemoStep(Employers employers) {
		this.employers = employers;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public void create(DemoOrganisation organisation) {
		CurrentUser admin = organisation.user("admin");
		for (DemoEmployer demo : EMPLOYERS) {
			long employer = this.employers.register(admin, demo.employer());
			demo.contacts().forEach(contact -> this.employers.addContact(admin, employer, contact));
			this.employers.addWorkplace(admin, employer, demo.workplace());
		}
	}

	private static EmployerDetails details(String name, String registrationNumber, String street, String postalCode,
			String city, String sector, EmployerSize size) {
		return new EmployerDetails(name, registrationNumber, Country.NL, street, postalCode, city, sector, size);
	}

	private static ContactDetails contact(String givenName, String familyName, ContactRole role, String domain) {
		String local = (givenName + "." + familyName).toLowerCase(Locale.ROOT).replace(" ", "");
		String phone = (role == ContactRole.SUPERVISOR)
				? String.format("06 1234 %04d", Math.floorMod(familyName.hashCode(), 10000)) : null;
		return new ContactDetails(givenName, familyName, role, local + "@" + domain + ".example", phone);
	}

	private record DemoEmployer(EmployerDetails employer, List<ContactDetails> contacts, WorkplaceDetails workplace) {
	}

}
