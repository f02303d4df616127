package nl.tandem.platform.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;

class RecentFlashMapsTests {

	@Test
	void aClientThatNeverFollowsTheRedirectLeavesOnlyTheLatestFewMessagesInItsSession() {
		RecentFlashMaps manager = new RecentFlashMaps();
		MockHttpSession session = new MockHttpSession();
		for (int post = 1; post <= 12; post++) {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/trajectories/1/sessions");
			request.setSession(session);
			FlashMap flash = new FlashMap();
			flash.put("saved", "message " + post);
			flash.setTargetRequestPath("/trajectories/1");
			manager.saveOutputFlashMap(flash, request, new MockHttpServletResponse());
		}

		@SuppressWarnings("unchecked")
		List<FlashMap> kept = (List<FlashMap>) session
			.getAttribute("org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS");
		assertThat(kept).extracting(flash -> flash.get("saved"))
			.containsExactly("message 8", "message 9", "message 10", "message 11", "message 12");
	}

	@Test
	void theMessageOfAFollowedRedirectIsShownAndTakenOut() {
		RecentFlashMaps manager = new RecentFlashMaps();
		MockHttpSession session = new MockHttpSession();
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/trajectories/1/sessions");
		post.setSession(session);
		FlashMap flash = new FlashMap();
		flash.put("saved", "session.saved");
		flash.setTargetRequestPath("/trajectories/1");
		manager.saveOutputFlashMap(flash, post, new MockHttpServletResponse());

		MockHttpServletRequest get = new MockHttpServletRequest("GET", "/trajectories/1");
		get.setSession(session);
		FlashMap shown = manager.retrieveAndUpdate(get, new MockHttpServletResponse());

		assertThat(shown.get("saved")).isEqualTo("session.saved");
		assertThat(manager.retrieveAndUpdate(get, new MockHttpServletResponse()) == null).as("taken out").isTrue();
	}

}
