package fr.uphf.site.cache;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The site's data source, watched for the page cache: whoever sends SQL (Hibernate, the repositories, JdbcClient,
 * Flyway), the tables a statement reads are noted for the answer being rendered, and the tables written empty the
 * pages that read them as soon as the writing transaction commits (at once for statements outside a transaction).
 */
final class ObservedDataSource extends DelegatingDataSource {

    private static final Set<String> STATEMENT_METHODS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "addBatch");

    private final PageCache cache;

    ObservedDataSource(DataSource target, PageCache cache) {
        super(target);
        this.cache = cache;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return observed(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return observed(super.getConnection(username, password));
    }

    private Connection observed(Connection connection) {
        Set<String> written = new HashSet<>();
        return proxy(Connection.class, connection, (method, arguments) -> {
            String name = method.getName();
            if ((name.equals("prepareStatement") || name.equals("prepareCall")) && arguments[0] instanceof String sql) {
                note(sql, written);
            } else if (name.equals("commit") || (name.equals("setAutoCommit") && Boolean.TRUE.equals(arguments[0]))
                    || (name.equals("close") && !connection.isClosed() && connection.getAutoCommit())) {
                Object result = method.invoke(connection, arguments);
                changed(written);
                return result;
            } else if (name.equals("rollback") && arguments == null) {
                written.clear();
            }
            Object result = method.invoke(connection, arguments);
            if (name.equals("createStatement")) {
                Statement statement = (Statement) result;
                return proxy(Statement.class, statement, (executed, sqlArguments) -> {
                    if (STATEMENT_METHODS.contains(executed.getName()) && sqlArguments != null
                            && sqlArguments[0] instanceof String sql) {
                        note(sql, written);
                    }
                    Object outcome = executed.invoke(statement, sqlArguments);
                    if (executed.getName().startsWith("execute") && connection.getAutoCommit()) {
                        changed(written);
                    }
                    return outcome;
                });
            }
            return result;
        });
    }

    private static void note(String sql, Set<String> written) {
        if (PageCache.rendering()) {
            PageCache.tablesRead(SqlTables.read(sql));
        }
        SqlTables.written(sql).ifPresent(written::add);
    }

    private void changed(Set<String> written) {
        if (!written.isEmpty()) {
            cache.tablesChanged(Set.copyOf(written));
            written.clear();
        }
    }

    private interface Call {
        Object invoke(Method method, Object[] arguments) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        return type.cast(Proxy.newProxyInstance(ObservedDataSource.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> {
                    try {
                        return call.invoke(method, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }
}
