package nl.tandem.employer;

import nl.tandem.platform.DomainRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkplaceTests {

	@Test
	void aWorkplaceWithoutAddressIsAtTheEmployersAddress() {
		Workplace workplace = Workplace.open(7, 3, Country.NL, EmployerFixtures.bakehouse());
		assertThat(workplace.street()).isNull();
		assertThat(workplace.postalCode()).isNull();
		assertThat(workplace.city()).isNull();
	}

	@Test
	void aWorkplacesPostalCodeFollowsTheEmployersCountry() {
		WorkplaceDetails inGhent = new WorkplaceDetails("Atelier", "Veldstraat 14", "9000", "Gent");
		assertThat(Workplace.open(7, 3, Country.BE, inGhent).postalCode()).isEqualTo("9000");
		assertThatThrownBy(() -> Workplace.open(7, 3, Country.NL, inGhent)).isInstanceOf(DomainRuleException.class)
			.hasMessage("employer.postalCode.invalid.NL");
	}

	@Test
	void aWorkplaceNeedsANameOrDescription() {
		assertThatThrownBy(() -> Workplace.open(7, 3, Country.NL, new WorkplaceDetails(" ", null, null, null)))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
