package nl.tandem.organisation;

import java.time.LocalDate;

/**
 * Whether a certificate is still valid, expires within the warning period of 60 days, or
 * has expired.
 */
public enum CertificateStatus {

	VALID, EXPIRING, EXPIRED;

	public static final int WARNING_DAYS = 60;

	public static CertificateStatus of(LocalDate validUntil, LocalDate today) {
		if (validUntil.isBefore(today)) {
			return EXPIRED;
		}
		if (!validUntil.isAfter(today.plusDays(WARNING_DAYS))) {
			return EXPIRING;
		}
		return VALID;
	}

}
