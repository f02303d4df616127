package nl.tandem.employer;

/**
 * An employer in the list of employers, with how many active contacts and workplaces it
 * has.
 */
public record EmployerRow(long id, String name, String registrationNumber, Country country, String city, String sector,
		EmployerSize size, int activeContacts, int workplaces) {
}
