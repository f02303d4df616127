package nl.tandem.plan.web;

import java.nio.charset.StandardCharsets;

import nl.tandem.identity.TandemUser;
import nl.tandem.plan.CalendarFeeds;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The coach's calendar feed: the page to make, renew or stop the secret address, and the
 * address itself, which calendar apps read without signing in.
 */
@Controller
class CalendarController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final CalendarFeeds feeds;

	CalendarController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/calendar")
	String page(@AuthenticationPrincipal TandemUser user, Model model) {
		model.addAttribute("feed", this.feeds.status(user.current()));
		return "plan/calendar";
	}

	@PostMapping("/calendar/link")
	String create(@AuthenticationPrincipal TandemUser user, RedirectAttributes redirect) {
		boolean replaces = this.feeds.status(user.current()).active();
		String secret = this.feeds.create(user.current());
		redirect.addFlashAttribute("feedUrl",
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/calendar/{secret}.ics")
					.buildAndExpand(secret)
					.toUriString());
		redirect.addFlashAttribute("saved", replaces ? "calendar.renewed" : "calendar.created");
		return "redirect:/calendar";
	}

	@PostMapping("/calendar/stop")
	String stop(@AuthenticationPrincipal TandemUser user, RedirectAttributes redirect) {
		this.feeds.revoke(user.current());
		redirect.addFlashAttribute("saved", "calendar.stopped");
		return "redirect:/calendar";
	}

	/**
	 * The feed, for calendar apps. An unknown and a stopped address look the same.
	 */
	@GetMapping("/calendar/{secret}.ics")
	ResponseEntity<String> feed(@PathVariable String secret) {
		return this.feeds.feed(secret)
			.map(calendar -> ResponseEntity.ok()
				.contentType(TEXT_CALENDAR)
				.cacheControl(CacheControl.noStore().cachePrivate())
				.body(calendar))
			.orElseGet(() -> ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build());
	}

}
