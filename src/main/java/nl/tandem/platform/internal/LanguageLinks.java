package nl.tandem.platform.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of the language switch: the page the user is on, with its query (a search, a
 * page number) kept and only the language changed. After a form post the links point at
 * the form's address as before.
 */
@ControllerAdvice
class LanguageLinks {

	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return Map.of("nl", "?lang=nl", "en", "?lang=en");
		}
		String query = request.getQueryString();
		String current = request.getRequestURI() + ((query != null) ? "?" + query : "");
		return Map.of("nl", link(current, "nl"), "en", link(current, "en"));
	}

	private static String link(String current, String language) {
		return UriComponentsBuilder.fromUriString(current).replaceQueryParam("lang", language).build().toUriString();
	}

}
