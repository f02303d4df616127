package nl.tandem.employer.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.tandem.employer.Country;
import nl.tandem.employer.EmployerDetails;
import nl.tandem.employer.EmployerSize;
import nl.tandem.employer.EmployerView;

import org.springframework.validation.BindingResult;

/**
 * The employer's details as the form shows and submits them.
 */
record EmployerForm(
		@NotBlank(message = "{employer.name.required}") @Size(max = 200, message = "{field.too.long}") String name,
		@Size(max = 20, message = "{field.too.long}") String registrationNumber,
		@NotNull(message = "{employer.country.required}") Country country,
		@NotBlank(message = "{employer.street.required}") @Size(max = 200, message = "{field.too.long}") String street,
		@NotBlank(message = "{employer.postalCode.required}") @Size(max = 10,
				message = "{field.too.long}") String postalCode,
		@NotBlank(message = "{employer.city.required}") @Size(max = 100, message = "{field.too.long}") String city,
		@Size(max = 120, message = "{field.too.long}") String sector, EmployerSize size, Long version) {

	static EmployerForm blank() {
		return new EmployerForm("", "", Country.NL, "", "", "", "", null, null);
	}

	static EmployerForm of(EmployerView employer) {
		return new EmployerForm(employer.name(), employer.registrationNumber(), employer.country(), employer.street(),
				employer.postalCode(), employer.city(), employer.sector(), employer.size(), employer.version());
	}

	EmployerDetails details() {
		return new EmployerDetails(this.name, this.registrationNumber, this.country, this.street, this.postalCode,
				this.city, this.sector, this.size);
	}

	/**
	 * Checks the rules that depend on the country up front, so that the user sees every
	 * mistake at once rather than one after another; the employer checks them again.
	 */
	void checkCountryRules(BindingResult errors) {
		if (this.country == null) {
			return;
		}
		if (!errors.hasFieldErrors("postalCode") && this.country.postalCode(this.postalCode).isEmpty()) {
			errors.rejectValue("postalCode", "employer.postalCode.invalid." + this.country.name());
		}
		if (!errors.hasFieldErrors("registrationNumber") && this.registrationNumber != null
				&& !this.registrationNumber.isBlank()
				&& this.country.registrationNumber(this.registrationNumber).isEmpty()) {
			errors.rejectValue("registrationNumber", "employer.registrationNumber.invalid." + this.country.name());
		}
	}

}
