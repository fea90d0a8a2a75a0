package fr.uphf.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import fr.uphf.site.support.LogCapture;
import fr.uphf.site.support.RawHttp;
import fr.uphf.site.support.RunningSiteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cases of issue 15, each a 4xx (or the site's own page where the protocol leaves no choice), in French, in the
 * site's layout or its JSON shape; a client's error logged in one WARN line at most, a server's error once with the
 * reference its page shows.
 */
@RunningSiteTest
class HostileInputTest {

    private static final String ESTIMATE = "/api/mobilite/aides?type=ETUDES&pays=DE&niveau=L3&boursier=true&quotient=12000";
    private static final String HUGE_DATES = "&dateDebut=-999999999-01-01&dateFin=%2B999999999-12-31";
    private static final String PAGE_LAYOUT = "href=\"/css/site";

    @LocalServerPort
    int port;

    @TestConfiguration
    static class Failing {

        @Bean
        FailingController failingController() {
            return new FailingController();
        }
    }

    /** A page and an API whose code fails: what a bug would do. */
    @RestController
    static class FailingController {

        @GetMapping({"/essai/panne", "/api/essai/panne"})
        String fail() {
            throw new IllegalStateException("a bug in the site");
        }
    }

    @Test
    void hugeDatesInTheEstimatorApiAreA400NamingTheEndDate() throws IOException {
        RawHttp.Answer answer = get(ESTIMATE + HUGE_DATES, "Accept: application/json");
        assertThat(answer.status()).as(answer.head()).isEqualTo(400);
        JsonNode error = JsonMapper.builder().build().readTree(answer.body());
        assertThat(error.get("erreurs").get(0).get("parametre").asString()).isEqualTo("dateFin");
    }

    @Test
    void hugeDatesInTheEstimatorPageAreShownAsAnErrorOfTheForm() throws IOException {
        RawHttp.Answer answer = get("/mobilite/estimer-mes-aides?" + ESTIMATE.split("\\?")[1] + HUGE_DATES,
                "Accept: text/html");
        assertThat(answer.status()).as(answer.head()).isEqualTo(200);
        assertThat(answer.body()).contains("id=\"dateFin-error\"").containsPattern("dépasser 3\\D?650 jours");
    }

    @Test
    void anInvalidApiParameterIsA400InJsonWhateverTheClientAccepts() throws IOException {
        for (String accept : new String[] {"text/html", "text/csv", "image/png", "*/*", "application/xml"}) {
            RawHttp.Answer answer = get(ESTIMATE + "&jours=-1", "Accept: " + accept);
            assertThat(answer.status()).as(accept + "\n" + answer.head()).isEqualTo(400);
            assertThat(answer.hasHeader("Content-Type", "application/json")).as(answer.head()).isTrue();
            assertThat(answer.body()).contains("\"parametre\":\"jours\"");
        }
    }

    @Test
    void errorAskedForDirectlyIsTheNotFoundPage() throws IOException {
        for (String path : new String[] {"/error", "/error?x=1", "/error/"}) {
            RawHttp.Answer answer = get(path, "Accept: text/html");
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).contains("Page introuvable", PAGE_LAYOUT);
        }
        assertThat(get("/en/error", "Accept: text/html").body()).contains("Page not found", PAGE_LAYOUT);
        assertThat(get("/error", "Accept: application/json").body()).startsWith("{\"statut\":404");
        for (String method : new String[] {"GET", "POST", "PUT", "DELETE", "HEAD"}) {
            for (String accept : new String[] {"", "*/*", "application/json", "text/html;q=oops", "x"}) {
                RawHttp.Answer answer = new RawHttp(port).send(method + " /error HTTP/1.0",
                        accept.isEmpty() ? new String[0] : new String[] {"Accept: " + accept});
                assertThat(answer.status()).as(method + " " + accept).isEqualTo(404);
            }
        }
    }

    /** Tomcat answers these before the application is reached: the site gives it its page, in French, to send. */
    @ParameterizedTest
    @ValueSource(strings = {"CONNECT localhost:443 HTTP/1.1", "GET / HTTP/9.9", "GET /universite HTTP/2.5"})
    void requestsTomcatRefusesGetTheSitesPage(String requestLine) throws IOException {
        RawHttp.Answer answer = new RawHttp(port).send(requestLine, "Accept: text/html");
        assertThat(answer.status()).as(answer.head()).isIn(400, 405, 501, 505);
        assertThat(answer.body()).contains("lang=\"fr\"", PAGE_LAYOUT, "Demande non prise en charge")
                .doesNotContain("Apache Tomcat", "HTTP Status");
    }

    @Test
    void aTransferEncodingTomcatCannotDecodeGetsTheSitesPage() throws IOException {
        RawHttp.Answer answer = new RawHttp(port).send("POST /recherche HTTP/1.1", "Transfer-Encoding: gzip, identity");
        assertThat(answer.status()).as(answer.head()).isEqualTo(501);
        assertThat(answer.body()).contains("lang=\"fr\"", PAGE_LAYOUT).doesNotContain("Apache Tomcat");
    }

    @Test
    void invalidUtf8InAQueryIsA400LoggedAtMostOnceWithoutStackTrace() throws IOException {
        try (LogCapture log = LogCapture.start()) {
            for (int i = 0; i < 5; i++) {
                RawHttp.Answer answer = get("/recherche?q=%C3%28", "Accept: text/html");
                assertThat(answer.status()).isEqualTo(400);
                assertThat(answer.body()).contains("Requête invalide", PAGE_LAYOUT);
            }
            assertThat(get("/api/mobilite/aides?pays=%C3%28", "Accept: text/html").body()).startsWith("{\"statut\":400");
            assertThat(log.withStackTrace()).isEmpty();
            assertThat(log.atLeast(Level.ERROR)).isEmpty();
            assertThat(log.atLeast(Level.WARN)).hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void aServerErrorIsLoggedOnceWithTheReferenceThePageShows() throws IOException {
        try (LogCapture log = LogCapture.start()) {
            RawHttp.Answer page = get("/essai/panne", "Accept: text/html");
            RawHttp.Answer json = get("/api/essai/panne", "Accept: application/json");

            assertThat(page.status()).isEqualTo(500);
            assertThat(page.hasHeader("Cache-Control", "no-store")).as(page.head()).isTrue();
            assertThat(json.hasHeader("Cache-Control", "no-store")).as(json.head()).isTrue();
            assertThat(page.body()).contains("Erreur du site", PAGE_LAYOUT).doesNotContain("a bug in the site");
            String reference = page.body().replaceAll("(?s).*data-reference=\"([^\"]+)\".*", "$1");
            assertThat(reference).matches("[0-9a-f]{12}");
            JsonNode error = JsonMapper.builder().build().readTree(json.body());
            assertThat(error.get("statut").asInt()).isEqualTo(500);
            assertThat(error.get("reference").asString()).matches("[0-9a-f]{12}").isNotEqualTo(reference);

            assertThat(log.atLeast(Level.ERROR)).hasSize(2);
            ILoggingEvent logged = log.atLeast(Level.ERROR).get(0);
            assertThat(logged.getFormattedMessage()).contains(reference, "/essai/panne");
            assertThat(logged.getThrowableProxy().getMessage()).endsWith("a bug in the site");
            assertThat(log.withStackTrace()).hasSize(2);
        }
    }

    private RawHttp.Answer get(String target, String... headers) throws IOException {
        return new RawHttp(port).send("GET " + target + " HTTP/1.1", headers);
    }
}
