package nl.tandem.platform.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages: Dutch first, English second. The choice is kept in a cookie;
 * {@code ?lang=en} switches, except on documents.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

	/**
	 * Documents to download, whose {@code ?lang=} chooses the language of the document: a
	 * coach who downloads a plan in English for an employer keeps their own language.
	 */
	static final String DOCUMENTS = "/**/*.pdf";

	/**
	 * The dispatcher servlet looks this bean up by its name.
	 */
	@Bean(name = DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
	FlashMapManager flashMapManager() {
		return new RecentFlashMaps();
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SupportedLocaleResolver("tandem-lang");
		resolver.setDefaultLocale(SUPPORTED.get(0));
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor).excludePathPatterns(DOCUMENTS);
	}

	/**
	 * Resolves only the languages Tandem speaks; anything else falls back to Dutch.
	 */
	static class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver(String cookieName) {
			super(cookieName);
			setDefaultLocaleFunction(request -> SUPPORTED.get(0));
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return supported(super.resolveLocale(request));
		}

		@Override
		public void setLocale(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
				Locale locale) {
			super.setLocale(request, response, (locale != null) ? supported(locale) : null);
		}

		private static Locale supported(Locale locale) {
			return SUPPORTED.stream()
				.filter(candidate -> candidate.getLanguage().equals(locale.getLanguage()))
				.findFirst()
				.orElse(SUPPORTED.get(0));
		}

	}

}
