package nl.tandem.participant;

/**
 * How a consent was given or withdrawn. Staff record consents given in person or by
 * e-mail; a consent given in the participant's own portal is recorded there.
 */
public enum ConsentMethod {

	IN_PERSON, EMAIL, PORTAL;

	public boolean recordedByStaff() {
		return this != PORTAL;
	}

}
