package nl.tandem.employer.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.tandem.employer.Country;
import nl.tandem.employer.WorkplaceDetails;
import nl.tandem.employer.WorkplaceView;

import org.springframework.validation.BindingResult;

/**
 * A workplace's details as the form shows and submits them. The fields carry a
 * {@code workplace} prefix because the form shares the employer page with the employer's
 * own address fields, and every field id on a page must be unique.
 */
record WorkplaceForm(
		@NotBlank(message = "{employer.workplace.name.required}") @Size(max = 200,
				message = "{field.too.long}") String workplaceName,
		@Size(max = 200, message = "{field.too.long}") String workplaceStreet,
		@Size(max = 10, message = "{field.too.long}") String workplacePostalCode,
		@Size(max = 100, message = "{field.too.long}") String workplaceCity, Long version) {

	static WorkplaceForm blank() {
		return new WorkplaceForm("", "", "", "", null);
	}

	static WorkplaceForm of(WorkplaceView workplace) {
		return new WorkplaceForm(workplace.name(), workplace.street(), workplace.postalCode(), workplace.city(),
				workplace.version());
	}

	WorkplaceDetails details() {
		return new WorkplaceDetails(this.workplaceName, this.workplaceStreet, this.workplacePostalCode,
				this.workplaceCity);
	}

	/**
	 * Checks the postal code against the employer's country together with the other
	 * fields; the workplace checks it again.
	 */
	void checkCountryRules(Country country, BindingResult errors) {
		if (!errors.hasFieldErrors("workplacePostalCode") && this.workplacePostalCode != null
				&& !this.workplacePostalCode.isBlank() && country.postalCode(this.workplacePostalCode).isEmpty()) {
			errors.rejectValue("workplacePostalCode", "employer.postalCode.invalid." + country.name());
		}
	}

}
