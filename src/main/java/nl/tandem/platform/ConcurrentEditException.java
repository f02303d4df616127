package nl.tandem.platform;

/**
 * Somebody else saved the same record after the current user opened it. The later save is
 * refused so that no edit is silently overwritten.
 */
public class ConcurrentEditException extends RuntimeException {

	public ConcurrentEditException(String what, Object id) {
		super(what + " " + id + " was changed by someone else");
	}

	/**
	 * Refuses an edit that was started on an older version than the one stored.
	 */
	public static void check(String what, Object id, long storedVersion, long editedVersion) {
		if (storedVersion != editedVersion) {
			throw new ConcurrentEditException(what, id);
		}
	}

}
