package nl.tandem.platform;

/**
 * A record that does not exist, or that the current user may not know about. Records of
 * another organisation are reported with this exception too, so that their existence is
 * never revealed.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
