package fr.uphf.site.web;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Stream;

import fr.uphf.site.shared.JsonApi;
import fr.uphf.site.support.RunningSiteTest;
import fr.uphf.site.support.SiteClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whoever asks gets an error in the site's own words: browsers its page, the API and clients that prefer JSON its
 * JSON error ({@code statut}, {@code message}, {@code erreurs}), never Spring Boot's default JSON
 * ({@code timestamp}, {@code error}, {@code path}).
 */
@RunningSiteTest
class ErrorBodiesTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String JSON = "application/json";
    /** What JavaScript clients such as axios send. */
    private static final String SCRIPT = "application/json, text/plain, */*";
    private static final String API = "/api/mobilite/aides?type=ETUDES&pays=DE&jours=90&niveau=L2&boursier=true&quotient=12000";

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static Stream<Arguments> jsonErrors() {
        return Stream.of(
                Arguments.of("GET", "/api/nulle-part", "*/*", 404, "error.404.text"),
                Arguments.of("GET", "/api/nulle-part", BROWSER, 404, "error.404.text"),
                Arguments.of("GET", "/nulle-part", JSON, 404, "error.404.text"),
                Arguments.of("GET", "/nulle-part", SCRIPT, 404, "error.404.text"),
                Arguments.of("POST", API, "*/*", 405, "error.4xx.text"),
                Arguments.of("DELETE", "/universite", JSON, 405, "error.4xx.text"),
                Arguments.of("GET", API, "text/csv", 406, "error.4xx.text"),
                Arguments.of("GET", "/sitemap.xml", JSON, 406, "error.4xx.text"));
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("GET", "/nulle-part", BROWSER, 404, "error.404.title"),
                Arguments.of("GET", "/nulle-part", "*/*", 404, "error.404.title"),
                Arguments.of("GET", "/nulle-part", "", 404, "error.404.title"),
                Arguments.of("GET", "/nulle-part", "image/avif,image/webp,*/*", 404, "error.404.title"),
                Arguments.of("DELETE", "/universite", BROWSER, 405, "error.4xx.title"));
    }

    @ParameterizedTest(name = "{0} {1} (Accept: {2}) → {3}")
    @MethodSource("jsonErrors")
    void apiClientsGetTheSitesJsonError(String method, String path, String accept, int status, String text)
            throws IOException {
        SiteClient.Answer answer = send(method, path, accept);
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        JsonNode error = JsonMapper.builder().build().readTree(answer.body());
        assertThat(error.propertyNames()).containsExactly("statut", "message", "erreurs");
        assertThat(error.get("statut").asInt()).isEqualTo(status);
        assertThat(error.get("message").asString()).isEqualTo(messages.getMessage(text, null, Locale.FRENCH));
        assertThat(error.get("erreurs").isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0} {1} (Accept: {2}) → {3}")
    @MethodSource("pages")
    void browsersAndOtherClientsGetTheSitesPage(String method, String path, String accept, int status, String title)
            throws IOException {
        SiteClient.Answer answer = send(method, path, accept);
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
        assertThat(answer.document().selectFirst("h1").text()).isEqualTo(messages.getMessage(title, null, Locale.FRENCH));
        assertThat(answer.body()).contains("lang=\"fr\"", "href=\"/css/site").doesNotContain("timestamp", "Whitelabel");
    }

    /** The error controller recognises the API by its address: every {@link JsonApi} controller must live there. */
    @Test
    void everyJsonApiIsUnderApi() {
        assertThat(mappings.getHandlerMethods().entrySet()).filteredOn(mapping ->
                        AnnotatedElementUtils.hasAnnotation(mapping.getValue().getBeanType(), JsonApi.class))
                .isNotEmpty()
                .allSatisfy(mapping -> assertThat(mapping.getKey().getPatternValues()).allMatch(p -> p.startsWith("/api/")));
    }

    private SiteClient.Answer send(String method, String path, String accept) throws IOException {
        String[] headers = accept.isBlank() ? new String[0] : new String[] {"Accept: " + accept};
        return new SiteClient(port).request(method, path, headers);
    }
}
