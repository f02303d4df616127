package nl.tandem.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.tandem.identity.internal.LoginThrottle;
import nl.tandem.identity.internal.ThrottlingAuthenticationProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Form login with throttling, CSRF, session fixation protection and strict security
 * headers. Pages load scripts and styles only from Tandem itself, so the
 * Content-Security-Policy forbids everything inline. Besides the login page and the
 * invitation links, only a coach's calendar feed is open without a login: calendar apps
 * read it by its secret address. Staff pages are for staff roles only; participants and
 * employer contacts have the portal and their profile.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain web(HttpSecurity http, AuthenticationManager authenticationManager,
			LocaleResolver localeResolver, Accounts accounts) throws Exception {
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests(
					requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
						.permitAll()
						.requestMatchers("/login", "/login/code", "/invitation/*", "/assets/**", "/webjars/**",
								"/favicon.ico", "/error", "/actuator/health", "/actuator/health/**")
						.permitAll()
						.requestMatchers(HttpMethod.GET, "/calendar/*.ics")
						.permitAll()
						.requestMatchers(HttpMethod.HEAD, "/calendar/*.ics")
						.permitAll()
						.requestMatchers("/calendar", "/calendar/**")
						.hasRole(Role.COACH.name())
						.requestMatchers("/admin/**", "/dev/**")
						.hasRole(Role.ADMIN.name())
						.requestMatchers("/trajectories/**", "/participants/**", "/employers/**")
						.hasAnyRole(Role.COACH.name(), Role.TEAM_LEAD.name(), Role.ADMIN.name())
						.requestMatchers("/portal", "/portal/**")
						.hasAnyRole(Role.PARTICIPANT.name(), Role.EMPLOYER_CONTACT.name())
						.requestMatchers("/profile/two-factor", "/profile/two-factor/**")
						.hasAnyRole(staffRoles())
						.requestMatchers("/", "/profile", "/profile/**")
						.hasAnyRole(allRoles())
						.anyRequest()
						.hasAnyRole(staffRoles()))
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.successHandler(new SignedIn(localeResolver, accounts))
				.failureHandler(failureHandler())
				.permitAll())
			.addFilterBefore(new SecondFactorGate(), AuthorizationFilter.class)
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny())
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(), microphone=(), geolocation=(), payment=()")));
		return http.build();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	private static String[] staffRoles() {
		return Role.STAFF.stream().map(Role::name).toArray(String[]::new);
	}

	private static String[] allRoles() {
		return Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);
	}

	private static ExceptionMappingAuthenticationFailureHandler failureHandler() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/login?error");
		handler.setExceptionMappings(Map.of("nl.tandem.identity.internal.LoginThrottledException", "/login?throttled"));
		return handler;
	}

	/**
	 * After the password: speak the account's language; ask for the second factor when
	 * the account has one; else note the time, and send an account with a temporary
	 * password to choose its own first, one that must set up two-factor sign-in to do so,
	 * and a participant or employer contact to the portal.
	 */
	static class SignedIn extends SavedRequestAwareAuthenticationSuccessHandler {

		private final LocaleResolver localeResolver;

		private final Accounts accounts;

		private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

		SignedIn(LocaleResolver localeResolver, Accounts accounts) {
			this.localeResolver = localeResolver;
			this.accounts = accounts;
			setDefaultTargetUrl("/");
			setAlwaysUseDefaultTargetUrl(false);
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			TandemUser user = (TandemUser) authentication.getPrincipal();
			this.localeResolver.setLocale(request, response, Locale.forLanguageTag(user.language()));
			if (user.secondFactor() == SecondFactor.CODE) {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(new PendingSecondFactor(user, Instant.now()));
				SecurityContextHolder.setContext(context);
				this.contexts.saveContext(context, request, response);
				getRedirectStrategy().sendRedirect(request, response, "/login/code");
				return;
			}
			this.accounts.signedIn(user.current().accountId());
			if (user.mustChangePassword()) {
				getRedirectStrategy().sendRedirect(request, response, "/profile?passwordRequired");
				return;
			}
			if (user.secondFactor() == SecondFactor.ENROL) {
				getRedirectStrategy().sendRedirect(request, response, "/profile/two-factor?required");
				return;
			}
			if (user.isPortalUser()) {
				getRedirectStrategy().sendRedirect(request, response, "/portal");
				return;
			}
			super.onAuthenticationSuccess(request, response, authentication);
		}

	}

}
