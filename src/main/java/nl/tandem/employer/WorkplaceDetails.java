package nl.tandem.employer;

/**
 * Where at the employer people work: a name or description of the location ("Bakkerij,
 * productiehal") and, when it differs from the employer's, its address. The postal code
 * follows the rules of the employer's country.
 */
public record WorkplaceDetails(String name, String street, String postalCode, String city) {
}
