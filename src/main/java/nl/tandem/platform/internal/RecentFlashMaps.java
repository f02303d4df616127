package nl.tandem.platform.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Flash attributes (the "saved" message after a form) in the session, keeping only the
 * most recent few that have not been shown yet.
 * <p>
 * A browser follows the redirect and the page takes its flash attributes out of the
 * session again. A client that does not follow it (a script, an interrupted page load)
 * leaves one behind per request until they expire after three minutes; since the session
 * lives in the database, every request then read and rewrote the whole list. Older
 * unshown messages are worth nothing, so the list is capped.
 */
class RecentFlashMaps extends SessionFlashMapManager {

	static final int KEPT = 5;

	@Override
	protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
		super.updateFlashMaps(recent(flashMaps), request, response);
	}

	static List<FlashMap> recent(List<FlashMap> flashMaps) {
		if (flashMaps.size() <= KEPT) {
			return flashMaps;
		}
		return new ArrayList<>(flashMaps.subList(flashMaps.size() - KEPT, flashMaps.size()));
	}

}
