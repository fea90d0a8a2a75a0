package fr.uphf.site.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL the tests run against: a Testcontainers one when Docker is available, otherwise the server named
 * by the standard libpq variables PGHOST, PGPORT, PGUSER and PGPASSWORD (default 127.0.0.1:5432, user postgres), on
 * which a fresh database is created for each test run: uphf_test, or the name in UPHF_TEST_DATABASE. Setting PGHOST
 * skips the Docker probe.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    private static final String TEST_DATABASE = env("UPHF_TEST_DATABASE", "uphf_test");

    private static boolean localDatabaseCreated;

    /** Replaces the application's clock, so that tests can move time forward. */
    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    @Bean
    @ServiceConnection
    @Conditional(UseDocker.class)
    PostgreSQLContainer postgres() {
        return new PostgreSQLContainer("postgres:16-alpine");
    }

    @Bean
    @Conditional(UseLocal.class)
    DynamicPropertyRegistrar localPostgres() {
        String server = "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/";
        String user = env("PGUSER", "postgres");
        String password = env("PGPASSWORD", "");
        createFreshDatabase(server, user, password);
        return registry -> {
            registry.add("spring.datasource.url", () -> server + TEST_DATABASE);
            registry.add("spring.datasource.username", () -> user);
            registry.add("spring.datasource.password", () -> password);
        };
    }

    private static synchronized void createFreshDatabase(String server, String user, String password) {
        if (localDatabaseCreated) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(server + "postgres", user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + TEST_DATABASE + " with (force)");
            statement.execute("create database " + TEST_DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database on " + server
                    + ": start PostgreSQL or set PGHOST, PGPORT, PGUSER, PGPASSWORD", e);
        }
        localDatabaseCreated = true;
    }

    /** The name of the local test database (a Testcontainers one has its own). */
    static String testDatabaseName() {
        return dockerWanted() ? "test" : TEST_DATABASE;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static boolean dockerWanted() {
        return System.getenv("PGHOST") == null && DockerClientFactory.instance().isDockerAvailable();
    }

    static class UseDocker implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return dockerWanted();
        }
    }

    static class UseLocal implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !dockerWanted();
        }
    }
}
