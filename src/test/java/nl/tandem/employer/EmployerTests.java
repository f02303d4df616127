package nl.tandem.employer;

import java.util.List;

import nl.tandem.platform.DomainRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmployerTests {

	@Test
	void anEmployerKeepsTheRegistrationNumberAsDigitsAndShowsItAsItsCountryWritesIt() {
		Employer employer = Employer.register(7, EmployerFixtures.flemishPrintShop());
		assertThat(employer.registrationNumber()).isEqualTo("0123456749");
		Employer stored = new Employer(1L, 7, employer.name(), employer.registrationNumber(), employer.country(),
				"Veldstraat 12", "9000", "Gent", null, null, 0L);
		assertThat(stored.view(List.of(), List.of()).registrationNumber()).isEqualTo("0123.456.749");
	}

	@Test
	void theRegistrationNumberIsOptional() {
		Employer employer = Employer.register(7, EmployerFixtures.bakery("Bakkerij", " "));
		assertThat(employer.registrationNumber()).isNull();
	}

	@Test
	void aRegistrationNumberMustBeOneOfTheEmployersCountry() {
		assertThatThrownBy(() -> Employer.register(7, EmployerFixtures.bakery("Bakkerij", "0123.456.749")))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("employer.registrationNumber.invalid.NL");
		EmployerDetails belgianWithKvk = new EmployerDetails("Drukkerij", "12345678", Country.BE, "Veldstraat 12",
				"9000", "Gent", null, null);
		assertThatThrownBy(() -> Employer.register(7, belgianWithKvk)).isInstanceOf(DomainRuleException.class)
			.hasMessage("employer.registrationNumber.invalid.BE");
	}

	@Test
	void thePostalCodeMustBeOneOfTheEmployersCountry() {
		EmployerDetails dutchWithBelgianPostalCode = new EmployerDetails("Bakkerij", null, Country.NL, "Brink 1",
				"9000", "Zwolle", null, null);
		assertThatThrownBy(() -> Employer.register(7, dutchWithBelgianPostalCode))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("employer.postalCode.invalid.NL");
	}

	@Test
	void thePostalCodeIsWrittenTheDutchWay() {
		EmployerDetails details = new EmployerDetails(" Bakkerij ", null, Country.NL, " Brink 1 ", "8011kx", " Zwolle ",
				" ", null);
		Employer employer = Employer.register(7, details);
		assertThat(employer.postalCode()).isEqualTo("8011 KX");
		assertThat(employer.name()).isEqualTo("Bakkerij");
		assertThat(employer.city()).isEqualTo("Zwolle");
		assertThat(employer.sector()).isNull();
	}

	@Test
	void aRefusedChangeLeavesTheEmployerAsItWas() {
		Employer employer = Employer.register(7, EmployerFixtures.bakery());
		EmployerDetails renamedWithBadPostalCode = new EmployerDetails("Andere naam", "87654321", Country.NL, "Brink 1",
				"80111", "Zwolle", null, null);
		assertThatThrownBy(() -> employer.describe(renamedWithBadPostalCode)).isInstanceOf(DomainRuleException.class);
		assertThat(employer.name()).isEqualTo("Bakkerij Het Warme Krentje");
		assertThat(employer.registrationNumber()).isEqualTo("12345678");
		assertThat(employer.postalCode()).isEqualTo("8011 KX");
	}

}
