package nl.tandem.organisation;

import java.time.LocalDate;

import org.springframework.util.Assert;

/**
 * A qualification of a coach, such as the Register Jobcoach certificate (valid four
 * years), with the date it expires.
 */
record Certificate(long organisationId, String name, String registrationNumber, LocalDate validUntil) {

	Certificate {
		Assert.hasText(name, "A certificate needs a name");
		Assert.notNull(validUntil, "A certificate needs an expiry date");
	}

	CertificateStatus status(LocalDate today) {
		return CertificateStatus.of(this.validUntil, today);
	}

}
