package nl.tandem.identity;

import java.time.Instant;

/**
 * Whether a participant or an employer contact can use the portal: not invited, invited
 * (until when), the invitation expired, or an account (enabled or not).
 */
public record PortalAccess(long personId, State state, Instant invitationExpiresAt) {

	public enum State {

		NONE, INVITED, EXPIRED, ACTIVE, DISABLED

	}

	static PortalAccess of(long personId, Boolean accountEnabled, Instant invitationExpiresAt, Instant now) {
		if (accountEnabled != null) {
			return new PortalAccess(personId, accountEnabled ? State.ACTIVE : State.DISABLED, null);
		}
		if (invitationExpiresAt == null) {
			return new PortalAccess(personId, State.NONE, null);
		}
		return new PortalAccess(personId, now.isBefore(invitationExpiresAt) ? State.INVITED : State.EXPIRED,
				invitationExpiresAt);
	}

	/**
	 * Whether the coach may (re-)invite: not while an account exists.
	 */
	public boolean mayInvite() {
		return this.state != State.ACTIVE && this.state != State.DISABLED;
	}

}
