package nl.tandem.employer;

import java.util.List;

/**
 * An employer with its contacts (active ones first) and workplaces, as the employer page
 * shows it. The registration number is written the way its country writes it.
 */
public record EmployerView(long id, String name, String registrationNumber, Country country, String street,
		String postalCode, String city, String sector, EmployerSize size, long version, List<ContactView> contacts,
		List<WorkplaceView> workplaces) {

	public EmployerView {
		contacts = List.copyOf(contacts);
		workplaces = List.copyOf(workplaces);
	}

	public EmployerDetails details() {
		return new EmployerDetails(this.name, this.registrationNumber, this.country, this.street, this.postalCode,
				this.city, this.sector, this.size);
	}

}
