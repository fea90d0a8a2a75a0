package fr.uphf.site.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the SQL statements the site under test sends, whoever sends them (Hibernate, Spring's JdbcTemplate, Flyway):
 * each statement prepared, and each execution of a plain statement. The test data source hands out counting
 * connections.
 */
public final class SqlStatements {

    private static final AtomicLong COUNT = new AtomicLong();
    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall");
    private static final Set<String> EXECUTING = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate");

    private SqlStatements() {
    }

    /** How many statements were sent since the tests started. */
    public static long count() {
        return COUNT.get();
    }

    static Connection counting(Connection connection) {
        return proxy(Connection.class, connection, (method, result) -> {
            if (PREPARING.contains(method)) {
                COUNT.incrementAndGet();
            } else if ("createStatement".equals(method)) {
                return proxy(Statement.class, (Statement) result, (executed, ignored) -> {
                    if (EXECUTING.contains(executed)) {
                        COUNT.incrementAndGet();
                    }
                    return ignored;
                });
            }
            return result;
        });
    }

    private interface AfterCall {
        Object after(String method, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall afterCall) {
        return type.cast(Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> {
                    try {
                        return afterCall.after(method.getName(), method.invoke(target, arguments));
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }
}
