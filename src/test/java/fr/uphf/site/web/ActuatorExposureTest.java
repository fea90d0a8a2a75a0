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
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The actuator answers on the management port only; the public port has just the status of /healthz, for load
 * balancers, and nothing about the internals leaks on either.
 */
@RunningSiteTest
class ActuatorExposureTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    private HttpResponse<String> get(int on, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(PublicSite.origin(on) + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePublicPortGivesLoadBalancersTheStatusAlone() throws Exception {
        HttpResponse<String> response = get(port, "/healthz");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/health", "/actuator/info", "/actuator/prometheus",
            "/actuator/metrics", "/actuator/env", "/actuator/heapdump"})
    void thePublicPortServesNoActuatorEndpoint(String path) throws Exception {
        assertThat(get(port, path).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/info", "/actuator/prometheus"})
    void theManagementPortServesHealthInfoAndMetrics(String path) throws Exception {
        HttpResponse<String> response = get(managementPort, path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("jdbc:", "password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/mappings",
            "/actuator/metrics", "/actuator/loggers", "/actuator/heapdump", "/actuator/threaddump",
            "/actuator/shutdown", "/actuator/flyway", "/actuator/conditions", "/actuator/scheduledtasks",
            "/actuator/sessions"})
    void everyOtherEndpointIsAbsentEvenThere(String path) throws Exception {
        assertThat(get(managementPort, path).statusCode()).isEqualTo(404);
    }
}
