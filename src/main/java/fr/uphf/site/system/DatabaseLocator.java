package fr.uphf.site.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Finds the site a PostgreSQL before anything needs it, and says in one log line which:
 * <ol>
 * <li>the datasource configured ({@code SPRING_DATASOURCE_URL}…), untouched, once it answers;</li>
 * <li>otherwise {@code docker-compose.yml} through Spring Boot's Docker Compose support, when a Docker engine answers;</li>
 * <li>otherwise the server on {@code PGHOST}:{@code PGPORT} (default localhost:5432), where the database {@code uphf}
 * is created if missing;</li>
 * <li>otherwise a {@link BundledPostgres} whose data lives in {@code uphf.database.embedded-dir} (or
 * {@code UPHF_DATABASE_EMBEDDED_DIR}), by default {@link BundledPostgres#defaultHome()}.</li>
 * </ol>
 * When none can be had, start-up stops with a {@link NoDatabaseException}, explained by {@link NoDatabaseFailureAnalyzer}.
 * Tests turn this off ({@code uphf.database.locate=false}): they bring their own database.
 */
class DatabaseLocator implements EnvironmentPostProcessor {

    static final String DATABASE = "uphf";
    private static final int TIMEOUT_SECONDS = 5;

    private final Log log;

    DatabaseLocator(DeferredLogFactory logs) {
        this.log = logs.getLog(DatabaseLocator.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("uphf.database.locate", Boolean.class, true)) {
            return;
        }
        String configured = environment.getProperty("spring.datasource.url");
        if (configured != null) {
            String failure = connect(configured, environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"), null);
            if (failure != null) {
                throw new NoDatabaseException(List.of("la base configurée / the configured database " + configured
                        + " : " + failure), true);
            }
            log.info("Base de données : celle configurée, " + configured);
            return;
        }
        List<String> tried = new ArrayList<>();
        if (Files.exists(Path.of("docker-compose.yml")) && dockerAnswers()) {
            use(environment, Map.of("spring.docker.compose.enabled", true));
            log.info("Base de données : le PostgreSQL de docker-compose.yml, démarré par Docker Compose");
            return;
        }
        tried.add("Docker : aucun moteur Docker ne répond / no Docker engine answers");

        String host = env("PGHOST", "localhost");
        String port = env("PGPORT", "5432");
        String user = env("PGUSER", "postgres");
        String password = env("PGPASSWORD", "postgres");
        String server = "jdbc:postgresql://" + host + ":" + port + "/";
        String failure = connect(server + "postgres", user, password, DATABASE);
        if (failure == null) {
            use(environment, Map.of("spring.datasource.url", server + DATABASE, "spring.datasource.username", user,
                    "spring.datasource.password", password));
            log.info("Base de données : " + DATABASE + " sur le PostgreSQL de " + host + ":" + port);
            return;
        }
        tried.add("PostgreSQL " + host + ":" + port + " : " + failure);

        if (!BundledPostgres.available()) {
            tried.add("PostgreSQL intégré / embedded : pas de binaires pour cette machine / no binaries for this machine");
            throw new NoDatabaseException(tried, false);
        }
        String home = environment.getProperty("uphf.database.embedded-dir", BundledPostgres.defaultHome().toString());
        try {
            BundledPostgres embedded = BundledPostgres.start(Path.of(home), DATABASE);
            use(environment, Map.of("spring.datasource.url", embedded.url(DATABASE),
                    "spring.datasource.username", embedded.username(), "spring.datasource.password", embedded.password()));
            log.info("Base de données : PostgreSQL intégré, données dans " + embedded.home());
        } catch (RuntimeException e) {
            tried.add("PostgreSQL intégré / embedded (" + home + ") : " + e.getMessage());
            throw new NoDatabaseException(tried, false);
        }
    }

    private static void use(ConfigurableEnvironment environment, Map<String, Object> properties) {
        environment.getPropertySources().addFirst(new MapPropertySource("uphf-database", properties));
    }

    /** Null when the server answers (and the database {@code create}, if given, exists or was made); else why not. */
    private static String connect(String url, String user, String password, String create) {
        DriverManager.setLoginTimeout(TIMEOUT_SECONDS);
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            if (create != null) {
                try (Statement statement = connection.createStatement()) {
                    if (!statement.executeQuery("select 1 from pg_database where datname = '" + create + "'").next()) {
                        statement.execute("create database " + create);
                    }
                }
            }
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static boolean dockerAnswers() {
        try {
            Process docker = new ProcessBuilder("docker", "info", "--format", "{{.ServerVersion}}")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!docker.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                docker.destroyForcibly();
                return false;
            }
            return docker.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
