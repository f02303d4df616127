package nl.tandem.plan;

/**
 * Where a version of a plan stands. A draft is written; a proposal is read-only and waits
 * for the three sign-offs; an agreed version is read-only for good, and is superseded
 * when a later version is agreed.
 */
public enum PlanStatus {

	DRAFT, PROPOSED, AGREED, SUPERSEDED;

	public boolean isEditable() {
		return this == DRAFT;
	}

}
