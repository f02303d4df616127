package nl.tandem.identity;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a sign-in that still owes its second factor on the page that asks for the code.
 */
class SecondFactorGate extends OncePerRequestFilter {

	private static final Set<String> OPEN = Set.of("/login", "/login/code", "/logout", "/error", "/favicon.ico");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor
				&& !OPEN.contains(path) && !path.startsWith("/assets/") && !path.startsWith("/webjars/")) {
			response.sendRedirect(request.getContextPath() + "/login/code");
			return;
		}
		chain.doFilter(request, response);
	}

}
