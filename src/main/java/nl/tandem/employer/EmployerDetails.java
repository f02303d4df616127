package nl.tandem.employer;

/**
 * The details of an employer as staff enter them. The registration number, sector and
 * size are optional; the postal code and registration number follow the rules of the
 * country.
 */
public record EmployerDetails(String name, String registrationNumber, Country country, String street, String postalCode,
		String city, String sector, EmployerSize size) {
}
