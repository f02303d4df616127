package nl.tandem.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request-wide concerns of the signed-in user: log lines name the organisation and the
 * account (ids only, never personal or health data); an account with a temporary password
 * is kept on its profile page until it has chosen its own, and one that must set up
 * two-factor sign-in until it has; a portal user's home is the portal.
 */
@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

	@Bean
	OncePerRequestFilter userInLogs() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				TandemUser user = signedIn();
				if (user != null) {
					MDC.put("org", String.valueOf(user.current().organisationId()));
					MDC.put("user", String.valueOf(user.current().accountId()));
				}
				try {
					chain.doFilter(request, response);
				}
				finally {
					MDC.remove("org");
					MDC.remove("user");
				}
			}
		};
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws IOException {
				TandemUser user = signedIn();
				if (user != null && user.mustChangePassword()) {
					response.sendRedirect(request.getContextPath() + "/profile?passwordRequired");
					return false;
				}
				if (user != null && user.secondFactor() == SecondFactor.ENROL) {
					response.sendRedirect(request.getContextPath() + "/profile/two-factor?required");
					return false;
				}
				if (user != null && user.isPortalUser()
						&& "/".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
					response.sendRedirect(request.getContextPath() + "/portal");
					return false;
				}
				return true;
			}
		}).excludePathPatterns("/profile", "/profile/**", "/logout", "/error", "/assets/**", "/webjars/**");
	}

	static TandemUser signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && !(authentication instanceof PendingSecondFactor)
				&& authentication.getPrincipal() instanceof TandemUser user) {
			return user;
		}
		return null;
	}

}
