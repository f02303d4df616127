package nl.tandem.employer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountryTests {

	@Test
	void aDutchRegistrationNumberIsAKvkNumberOfEightDigits() {
		assertThat(Country.NL.registrationNumber("12345678")).contains("12345678");
		assertThat(Country.NL.registrationNumber(" 1234 5678 ")).contains("12345678");
		assertThat(Country.NL.registrationNumber("1234567")).isEmpty();
		assertThat(Country.NL.registrationNumber("123456789")).isEmpty();
		assertThat(Country.NL.registrationNumber("1234567a")).isEmpty();
	}

	@Test
	void aBelgianRegistrationNumberIsAnEnterpriseNumberOfTenDigitsWithAValidCheck() {
		assertThat(Country.BE.registrationNumber("0123.456.749")).contains("0123456749");
		assertThat(Country.BE.registrationNumber("BE 0123 456 749")).contains("0123456749");
		assertThat(Country.BE.registrationNumber("be0123456749")).contains("0123456749");
		assertThat(Country.BE.registrationNumber("0123.456.748")).as("wrong check digits").isEmpty();
		assertThat(Country.BE.registrationNumber("2123.456.749")).as("starts with 2").isEmpty();
		assertThat(Country.BE.registrationNumber("12345678")).as("a Dutch KvK number").isEmpty();
	}

	@Test
	void aKvkNumberIsNotABelgianNumberNorTheOtherWayAround() {
		assertThat(Country.NL.registrationNumber("0123.456.749")).isEmpty();
		assertThat(Country.BE.registrationNumber("12345678")).isEmpty();
	}

	@Test
	void aDutchPostalCodeIsFourDigitsAndTwoLettersWrittenWithASpace() {
		assertThat(Country.NL.postalCode("8011 KX")).contains("8011 KX");
		assertThat(Country.NL.postalCode("8011kx")).contains("8011 KX");
		assertThat(Country.NL.postalCode("0123 AB")).as("starts with 0").isEmpty();
		assertThat(Country.NL.postalCode("8011")).isEmpty();
		assertThat(Country.NL.postalCode("80111 KX")).isEmpty();
		assertThat(Country.NL.postalCode(null)).isEmpty();
	}

	@Test
	void aBelgianPostalCodeIsFourDigits() {
		assertThat(Country.BE.postalCode(" 9000 ")).contains("9000");
		assertThat(Country.BE.postalCode("9000 AB")).isEmpty();
		assertThat(Country.BE.postalCode("0900")).isEmpty();
		assertThat(Country.BE.postalCode("900")).isEmpty();
	}

	@Test
	void aBelgianNumberIsShownWithDots() {
		assertThat(Country.BE.display("0123456749")).isEqualTo("0123.456.749");
		assertThat(Country.NL.display("12345678")).isEqualTo("12345678");
	}

}
