package nl.tandem.trajectory;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Remembers a value for the rest of a request that only reads (GET or HEAD), so that the
 * blocks of one page do not each look up the same thing. Outside a web request, and in a
 * request that may change data, every call computes afresh. The value lives only as long
 * as the request: nothing is shared between requests or instances.
 */
final class ReadRequestCache {

	private ReadRequestCache() {
	}

	@SuppressWarnings("unchecked")
	static <T> T get(String key, Supplier<T> compute) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes servlet) || !readOnly(servlet.getRequest())) {
			return compute.get();
		}
		String name = ReadRequestCache.class.getName() + "." + key;
		Object known = attributes.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
		if (known != null) {
			return (T) known;
		}
		T value = compute.get();
		attributes.setAttribute(name, value, RequestAttributes.SCOPE_REQUEST);
		return value;
	}

	private static boolean readOnly(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

}
