package nl.tandem.organisation;

import java.time.LocalDate;

/**
 * A certificate of a staff member with its status today.
 */
public record CertificateView(int position, String name, String registrationNumber, LocalDate validUntil,
		CertificateStatus status) {
}
