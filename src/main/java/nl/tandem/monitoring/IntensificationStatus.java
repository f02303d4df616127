package nl.tandem.monitoring;

/**
 * Where a proposed intensification stands: proposed (open, waiting for the coach), or
 * decided: accepted as proposed, accepted with changes, or declined with a reason.
 */
public enum IntensificationStatus {

	PROPOSED, ACCEPTED, ADAPTED, DECLINED;

	public boolean isOpen() {
		return this == PROPOSED;
	}

}
