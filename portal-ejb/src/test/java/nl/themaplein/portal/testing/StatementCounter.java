package nl.themaplein.portal.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts the SQL statements prepared through a data source, to catch queries that grow with the
 * number of items shown (case C29, N+1). Wraps the data source and its connections in proxies.
 */
public final class StatementCounter {

    private static final Set<String> STATEMENT_METHODS =
            Set.of("prepareStatement", "prepareCall", "createStatement");

    private final AtomicLong count = new AtomicLong();

    /** The data source that counts; hand this one to the code under test. */
    public DataSource wrap(DataSource target) {
        return proxy(
                DataSource.class,
                target,
                (method, result) ->
                        method.getName().equals("getConnection")
                                ? connection((Connection) result)
                                : result);
    }

    /** Statements prepared since the last reset. */
    public long count() {
        return count.get();
    }

    public void reset() {
        count.set(0);
    }

    private Connection connection(Connection target) {
        return proxy(
                Connection.class,
                target,
                (method, result) -> {
                    if (STATEMENT_METHODS.contains(method.getName())) {
                        count.incrementAndGet();
                    }
                    return result;
                });
    }

    private interface AfterCall {
        Object apply(Method method, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        InvocationHandler handler =
                (proxy, method, args) -> {
                    try {
                        return after.apply(method, method.invoke(target, args));
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                };
        return type.cast(
                Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
