package fr.uphf.site.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import fr.uphf.site.content.Page;
import fr.uphf.site.support.RunningSiteTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Error pages go through the real servlet container's error dispatch, so these tests use a real server. */
@RunningSiteTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nulle-part", "/universite/nulle-part", "/campus/lille", "/eunice/a/b"})
    void unknownAddressesAnswerTheStyledNotFoundPage(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page introuvable", "Aller au contenu", "lang=\"fr\"", "href=\"/css/site")
                .doesNotContain("Whitelabel", "Exception", "at fr.uphf");
    }
}
