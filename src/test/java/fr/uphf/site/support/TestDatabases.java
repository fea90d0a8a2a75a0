package fr.uphf.site.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import fr.uphf.site.system.BundledPostgres;
import org.flywaydb.core.Flyway;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the tests use, and their databases on it. The server is, in this order: the one named by
 * PGHOST (with PGPORT, PGUSER, PGPASSWORD); a Testcontainers one when Docker answers; the one on 127.0.0.1:5432;
 * otherwise the site's own {@link BundledPostgres}. On it, the migrations run once into a template database, and
 * every test class gets its own copy ({@code CREATE DATABASE … TEMPLATE …}, a fraction of a second): no class sees
 * what another one changed, whatever their order. The databases are named after {@code UPHF_TEST_DATABASE}
 * (default {@code uphf_test}): {@code uphf_test_template}, {@code uphf_test_1}, {@code uphf_test_2}…; the previous
 * run's are dropped at the start of the next.
 */
public final class TestDatabases {

    private record Server(String url, String user, String password) {

        Connection connect(String database) throws SQLException {
            return DriverManager.getConnection(url + database, user, password);
        }
    }

    private static final String PREFIX = env("UPHF_TEST_DATABASE", "uphf_test");
    private static final String TEMPLATE = PREFIX + "_template";

    private static Server server;
    private static int copies;
    private static volatile String current;

    private TestDatabases() {
    }

    /** The database the site under test uses now: the current test class's copy (a first one if none yet). */
    public static String current() {
        if (current == null) {
            useFreshCopy();
        }
        return current;
    }

    public static String url(String database) {
        return server().url() + database;
    }

    public static String user() {
        return server().user();
    }

    public static String password() {
        return server().password();
    }

    /** Gives the site under test a fresh copy of the migrated template, from now on. */
    static synchronized void useFreshCopy() {
        Server on = server();
        String name = PREFIX + "_" + (++copies);
        execute(on, "drop database if exists " + name + " with (force)", "create database " + name + " template " + TEMPLATE);
        current = name;
    }

    private static synchronized Server server() {
        if (server == null) {
            server = find();
            List<String> statements = new ArrayList<>();
            try (Connection connection = server.connect("postgres");
                 var leftovers = connection.prepareStatement("select datname from pg_database where datname like ?")) {
                leftovers.setString(1, PREFIX + "\\_%");
                var rows = leftovers.executeQuery();
                while (rows.next()) {
                    statements.add("drop database if exists " + rows.getString(1) + " with (force)");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot list the test databases on " + server.url(), e);
            }
            statements.add("create database " + TEMPLATE);
            execute(server, statements.toArray(String[]::new));
            Flyway.configure().dataSource(server.url() + TEMPLATE, server.user(), server.password())
                    .locations("classpath:db/migration").load().migrate();
        }
        return server;
    }

    private static Server find() {
        if (System.getenv("PGHOST") == null) {
            if (DockerClientFactory.instance().isDockerAvailable()) {
                PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
                container.start();
                return new Server("jdbc:postgresql://" + container.getHost() + ":" + container.getFirstMappedPort() + "/",
                        container.getUsername(), container.getPassword());
            }
        }
        Server local = new Server("jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/",
                env("PGUSER", "postgres"), env("PGPASSWORD", ""));
        try (Connection probe = local.connect("postgres")) {
            return local;
        } catch (SQLException unreachable) {
            if (System.getenv("PGHOST") != null) {
                throw new IllegalStateException("PGHOST is set but " + local.url() + " does not answer", unreachable);
            }
        }
        BundledPostgres bundled = BundledPostgres.start(BundledPostgres.defaultHome().resolve("tests"), "postgres");
        return new Server(bundled.url(""), bundled.username(), bundled.password());
    }

    private static void execute(Server on, String... statements) {
        try (Connection connection = on.connect("postgres"); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test databases on " + on.url(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
