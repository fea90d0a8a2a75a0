package fr.uphf.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import fr.uphf.site.UphfApplication;
import fr.uphf.site.support.SiteClient;
import fr.uphf.site.system.BundledPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The site when its database goes down and comes back, with the site's real connection pool settings: the site runs
 * in-process (as {@code java -jar} would run it) against a PostgreSQL server of this test's own, which the test stops
 * (a fast shutdown, as a crash or a restart of the server would) and starts again on the same port. While it is down,
 * pages visitors asked for before are still served from the page cache, marked stale; any other page that needs it
 * answers the styled 503 page within {@value #BOUND_SECONDS} s, the API its JSON error, the health check DOWN, and
 * what needs no database (robots.txt, the style sheet, the icon) answers at once even while many visitors wait on
 * database pages. Once it is back, the same site answers again, never restarted, and its cache starts afresh.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
@Timeout(120)
class DatabaseOutageTest {

    /** What a visitor waits at most for an answer while the database is down (the pool waits 1 s for a connection). */
    static final int BOUND_SECONDS = 2;
    private static final String SEARCH = "/recherche?q=campus";
    /** Pages asked for while the database is up, so kept by the page cache. */
    private static final String[] KEPT = {"/", "/universite"};
    private static final String API =
            "/api/mobilite/aides?type=ETUDES&pays=DE&jours=90&niveau=L2&boursier=true&quotient=12000";
    private static final String HTML = "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private Path home;
    private BundledPostgres database;
    private ConfigurableApplicationContext site;
    private int port;
    private int managementPort;

    @BeforeAll
    void startDatabaseAndSite() throws IOException {
        // Readable by the unprivileged user that runs the server when the tests run as root.
        home = Files.createTempDirectory("uphf-outage-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        database = BundledPostgres.start(home, "uphf");
        site = new SpringApplicationBuilder(UphfApplication.class)
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("withoutTestConfigurations", new WithoutTestConfigurations()))
                .run("--server.port=0", "--management.server.port=0", "--uphf.database.locate=false",
                        "--spring.datasource.url=" + database.url("uphf"),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password());
        port = Integer.parseInt(site.getEnvironment().getProperty("local.server.port"));
        managementPort = Integer.parseInt(site.getEnvironment().getProperty("local.management.port"));
    }

    @AfterAll
    void stopSiteAndDatabase() throws IOException {
        if (site != null) {
            site.close();
        }
        if (database != null) {
            database.stop();
        }
        FileSystemUtils.deleteRecursively(home);
    }

    @Nested
    @Order(1)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WhileTheDatabaseIsUp {

        @ParameterizedTest
        @ValueSource(strings = {"/", "/universite", SEARCH})
        void pagesAnswer(String path) throws IOException {
            assertThat(get(path, HTML).status()).isEqualTo(200);
        }

        @Test
        void theBalancersHealthCheckSaysUp() throws IOException {
            for (int i = 0; i < 2; i++) {
                assertThat(get("/healthz").body()).contains("\"UP\"");
            }
        }

        @Test
        void pagesAskedForBeforeAreKept() throws Exception {
            for (String path : KEPT) {
                assertThat(eventually(path, answer -> "HIT".equals(answer.header("X-Cache"))).header("X-Cache"))
                        .as(path).isEqualTo("HIT");
            }
        }
    }

    @Nested
    @Order(2)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WhileTheDatabaseIsDown {

        @BeforeAll
        void stopTheDatabase() {
            database.stop();
        }

        @Test
        void pagesKeptBeforeAreStillServedMarkedStale() throws Exception {
            for (String path : KEPT) {
                eventually(path, kept -> "STALE".equals(kept.header("X-Cache")));
                Timed answer = timed(() -> get(path, HTML));
                assertThat(answer.status()).as(path).isEqualTo(200);
                assertThat(answer.answer().header("X-Cache")).as(path).isEqualTo("STALE");
                assertThat(answer.took()).as(path).isLessThan(Duration.ofSeconds(BOUND_SECONDS));
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"/campus/cambrai", "/campus/maubeuge", SEARCH})
        void pagesAnswerTheStyledUnavailablePageQuickly(String path) throws IOException {
            Timed answer = timed(() -> get(path, HTML));
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.took()).isLessThan(Duration.ofSeconds(BOUND_SECONDS));
            assertThat(answer.answer().header("Retry-After")).isEqualTo(String.valueOf(SiteErrorController.RETRY_AFTER_SECONDS));
            assertThat(answer.answer().headers("Cache-Control")).containsExactly("no-store");
            assertThat(answer.answer().header("Content-Type")).startsWith("text/html");
            assertThat(answer.answer().document().selectFirst("h1").text()).isEqualTo(message("error.503.title"));
            assertThat(answer.answer().body()).contains(message("error.503.text"), "lang=\"fr\"", "href=\"/css/site")
                    .doesNotContain("Exception", "at org.", "at fr.uphf", "Whitelabel", "jdbc", "Hikari");
        }

        @Test
        void theApiAnswersItsJsonError() throws IOException {
            Timed answer = timed(() -> get(API, "Accept: application/json"));
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.took()).isLessThan(Duration.ofSeconds(BOUND_SECONDS));
            assertUnavailableInJson(answer.answer());
        }

        @Test
        void aPageAskedForInJsonAnswersTheJsonError() throws IOException {
            SiteClient.Answer answer = get("/campus/cambrai", "Accept: application/json");
            assertThat(answer.status()).isEqualTo(503);
            assertUnavailableInJson(answer);
        }

        @Test
        void theHealthCheckSaysDownQuickly() throws IOException {
            Timed answer = timed(() -> new SiteClient(managementPort).get("/actuator/health", "Accept: application/json"));
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.took()).isLessThan(Duration.ofSeconds(BOUND_SECONDS));
            assertThat(answer.answer().body()).contains("\"DOWN\"");
        }

        /** The load balancer's check on the public port is never answered from the page cache. */
        @Test
        void theBalancersHealthCheckSaysDownQuickly() throws IOException {
            Timed answer = timed(() -> get("/healthz"));
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.took()).isLessThan(Duration.ofSeconds(BOUND_SECONDS));
            assertThat(answer.answer().body()).contains("\"DOWN\"");
        }

        /**
         * Many visitors waiting on database pages take threads, never all of them: these answer sooner than any
         * database page could (those wait up to 1 s for a connection), so they never queued behind one.
         */
        @ParameterizedTest
        @ValueSource(strings = {"/robots.txt", "/css/site.css", "/favicon.svg"})
        void whatNeedsNoDatabaseAnswersAtOnceWhileManyVisitorsWait(String path) throws Exception {
            int visitors = 60;
            AtomicBoolean waiting = new AtomicBoolean(true);
            ExecutorService threads = Executors.newFixedThreadPool(visitors);
            try {
                List<Future<List<Integer>>> statuses = new ArrayList<>();
                for (int i = 0; i < visitors; i++) {
                    String page = i % 2 == 0 ? SEARCH : "/campus/maubeuge";
                    statuses.add(threads.submit(() -> {
                        List<Integer> seen = new ArrayList<>();
                        while (waiting.get()) {
                            seen.add(get(page, HTML).status());
                        }
                        return seen;
                    }));
                }
                Thread.sleep(300);
                List<Timed> answers = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    answers.add(timed(() -> get(path, HTML)));
                }
                waiting.set(false);
                assertThat(answers).allSatisfy(answer -> {
                    assertThat(answer.status()).isEqualTo(200);
                    assertThat(answer.took()).isLessThan(Duration.ofSeconds(1));
                });
                for (Future<List<Integer>> seen : statuses) {
                    assertThat(seen.get()).isNotEmpty().containsOnly(503);
                }
            } finally {
                waiting.set(false);
                threads.shutdownNow();
            }
        }
    }

    @Nested
    @Order(3)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnceTheDatabaseIsBack {

        @BeforeAll
        void startTheDatabaseAgain() {
            database.startAgain();
        }

        /** The pool reconnects by itself; it may take a few seconds (it backs off between attempts). */
        @Test
        void theCacheStartsAfreshNoPageIsMarkedStale() throws Exception {
            for (String path : KEPT) {
                assertThat(eventually(path, answer -> !"STALE".equals(answer.header("X-Cache"))).header("X-Cache"))
                        .as(path).isIn("MISS", "HIT");
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"/", "/universite", SEARCH, API, "/healthz"})
        void theSameSiteAnswersAgain(String path) throws Exception {
            assertThat(eventually(path, answer -> answer.status() == 200).status()).isEqualTo(200);
        }
    }

    /**
     * The answer once it satisfies the condition, or after 15 s (once the database is back, the pool, and with it the
     * cache's listener, reconnects within a few seconds: it backs off between attempts).
     */
    private SiteClient.Answer eventually(String path, Predicate<SiteClient.Answer> condition) throws Exception {
        return new SiteClient(port).getUntil(path, condition, Duration.ofSeconds(15), HTML);
    }

    private SiteClient.Answer get(String path, String... headers) throws IOException {
        return new SiteClient(port).get(path, headers);
    }

    private String message(String key) {
        return site.getMessage(key, null, Locale.FRENCH);
    }

    private void assertUnavailableInJson(SiteClient.Answer answer) {
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.header("Retry-After")).isNotNull();
        JsonNode error = JsonMapper.builder().build().readTree(answer.body());
        assertThat(error.get("statut").asInt()).isEqualTo(503);
        assertThat(error.get("message").asString()).isEqualTo(message("error.503.text"));
        assertThat(error.get("erreurs").isArray()).isTrue();
        assertThat(answer.body()).doesNotContain("timestamp", "Exception", "jdbc");
    }

    private interface Request {
        SiteClient.Answer send() throws IOException;
    }

    private record Timed(SiteClient.Answer answer, Duration took) {

        int status() {
            return answer.status();
        }
    }

    private static Timed timed(Request request) throws IOException {
        long start = System.nanoTime();
        SiteClient.Answer answer = request.send();
        return new Timed(answer, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The site as it runs for real: without the test configurations that component scanning would find here. */
    private static final class WithoutTestConfigurations extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
        }
    }
}
