package nl.tandem.employer;

/**
 * Details of employers, contacts and workplaces for tests.
 */
final class EmployerFixtures {

	private EmployerFixtures() {
	}

	static EmployerDetails bakery() {
		return bakery("Bakkerij Het Warme Krentje", "12345678");
	}

	static EmployerDetails bakery(String name, String registrationNumber) {
		return new EmployerDetails(name, registrationNumber, Country.NL, "Korenmolenstraat 14", "8011 KX", "Zwolle",
				"Bakkerij", EmployerSize.SMALL);
	}

	static EmployerDetails flemishPrintShop() {
		return new EmployerDetails("Drukkerij Het Letterhuis", "0123.456.749", Country.BE, "Veldstraat 12", "9000",
				"Gent", "Grafische industrie", EmployerSize.MICRO);
	}

	static ContactDetails supervisor() {
		return new ContactDetails("Marieke", "Dijkstra", ContactRole.SUPERVISOR, "marieke@krentje.example",
				"06 1234 5678");
	}

	static ContactDetails buddy() {
		return new ContactDetails("Henk", "Bosman", ContactRole.COLLEAGUE_BUDDY, null, null);
	}

	static WorkplaceDetails bakehouse() {
		return new WorkplaceDetails("Bakkerij, productie", null, null, null);
	}

}
