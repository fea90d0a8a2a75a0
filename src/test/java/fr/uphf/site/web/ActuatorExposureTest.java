package fr.uphf.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import fr.uphf.site.support.PublicSite;
import fr.uphf.site.support.RunningSiteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Only the health and info endpoints of the actuator are public; nothing about the internals leaks. */
@RunningSiteTest
class ActuatorExposureTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(PublicSite.origin(port) + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/info"})
    void healthAndInfoArePublic(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("jdbc", "postgres", "password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/mappings",
            "/actuator/metrics", "/actuator/loggers", "/actuator/heapdump", "/actuator/threaddump",
            "/actuator/shutdown", "/actuator/flyway", "/actuator/conditions", "/actuator/scheduledtasks"})
    void everyOtherEndpointIsAbsent(String path) throws Exception {
        assertThat(get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void theIndexListsOnlyHealthAndInfo() throws Exception {
        HttpResponse<String> response = get("/actuator");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/actuator/health", "/actuator/info")
                .doesNotContain("/actuator/env", "/actuator/beans", "/actuator/metrics");
    }
}
