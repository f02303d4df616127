package nl.tandem.organisation;

import java.util.Set;

import nl.tandem.identity.Role;

/**
 * A staff member in the staff list.
 */
public record StaffRow(long id, String displayName, String email, String teamName, Set<Role> roles, boolean active,
		CertificateStatus worstCertificate) {
}
