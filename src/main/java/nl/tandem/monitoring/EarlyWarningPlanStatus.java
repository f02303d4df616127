package nl.tandem.monitoring;

/**
 * Where a version of an early-warning plan stands: a draft is written together with the
 * participant; an agreed version is read-only for good, and is superseded when a later
 * version is agreed.
 */
public enum EarlyWarningPlanStatus {

	DRAFT, AGREED, SUPERSEDED;

	public boolean isEditable() {
		return this == DRAFT;
	}

}
