package nl.tandem.organisation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateStatusTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@Test
	void aCertificateIsValidUntilSixtyDaysBeforeItsExpiry() {
		assertThat(CertificateStatus.of(TODAY.plusDays(61), TODAY)).isEqualTo(CertificateStatus.VALID);
		assertThat(CertificateStatus.of(TODAY.plusDays(60), TODAY)).isEqualTo(CertificateStatus.EXPIRING);
	}

	@Test
	void aCertificateExpiresAfterItsLastValidDay() {
		assertThat(CertificateStatus.of(TODAY, TODAY)).isEqualTo(CertificateStatus.EXPIRING);
		assertThat(CertificateStatus.of(TODAY.minusDays(1), TODAY)).isEqualTo(CertificateStatus.EXPIRED);
	}

}
