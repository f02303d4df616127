package nl.tandem.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user may do. Staff roles are given by an administrator; portal roles belong to
 * participants and employer contacts.
 */
public enum Role {

	ADMIN, TEAM_LEAD, COACH, PRIVACY_OFFICER, PARTICIPANT, EMPLOYER_CONTACT;

	public static final Set<Role> STAFF = EnumSet.of(ADMIN, TEAM_LEAD, COACH, PRIVACY_OFFICER);

	public boolean isStaff() {
		return STAFF.contains(this);
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
