package nl.tandem;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements that the current thread prepares, so that tests can prove a
 * page issues a fixed number of queries however much data there is.
 */
@TestComponent
public class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

	private static final ThreadLocal<java.util.List<String>> SQL = ThreadLocal.withInitial(java.util.ArrayList::new);

	public static void reset() {
		COUNT.get()[0] = 0;
		SQL.get().clear();
	}

	/**
	 * The text of each statement prepared since the last reset, in order.
	 */
	public static java.util.List<String> statements() {
		return java.util.List.copyOf(SQL.get());
	}

	public static int count() {
		return COUNT.get()[0];
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof Proxy)) {
			return proxy(DataSource.class, dataSource, (target, method, args) -> {
				Object result = invoke(dataSource, method, args);
				return (result instanceof Connection connection) ? proxy(Connection.class, connection, (c, m, a) -> {
					if (STATEMENTS.contains(m.getName())) {
						COUNT.get()[0]++;
						SQL.get().add((a != null && a.length > 0 && a[0] instanceof String sql) ? sql : m.getName());
					}
					return invoke(connection, m, a);
				}) : result;
			});
		}
		return bean;
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
	}

}
