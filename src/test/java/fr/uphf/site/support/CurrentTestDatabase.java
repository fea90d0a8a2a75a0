package fr.uphf.site.support;

import java.sql.Connection;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The site's data source in tests: connections to the current test class's database ({@link TestDatabases#current()}),
 * from a pool that is closed when the next class moves on to its own copy; every statement is counted
 * ({@link SqlStatements}).
 */
class CurrentTestDatabase extends AbstractDataSource implements AutoCloseable {

    private HikariDataSource pool;

    @Override
    public Connection getConnection() throws SQLException {
        return SqlStatements.counting(pool().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    private synchronized HikariDataSource pool() {
        String database = TestDatabases.current();
        if (pool == null || !pool.getJdbcUrl().equals(TestDatabases.url(database))) {
            close();
            pool = new HikariDataSource();
            pool.setJdbcUrl(TestDatabases.url(database));
            pool.setUsername(TestDatabases.user());
            pool.setPassword(TestDatabases.password());
            pool.setMaximumPoolSize(10);
            pool.setMinimumIdle(1);
            pool.setPoolName("test-" + database);
        }
        return pool;
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }
}
