package fr.uphf.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import fr.uphf.site.support.RunningSiteTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests no browser would send, written byte for byte on a socket (an HTTP client would refuse to send most of
 * them): each answers a 4xx with the site's own page, never a 500 nor a stack trace nor a server version.
 */
@RunningSiteTest
class MalformedRequestsTest {

    private static final Set<Integer> BAD_REQUEST = Set.of(400);
    private static final Set<Integer> NOT_FOUND = Set.of(404);
    private static final Set<Integer> NOT_ALLOWED = Set.of(405);
    private static final String HUGE = "a".repeat(20_000);

    @LocalServerPort
    int port;

    static Stream<Arguments> malformedRequests() {
        return Stream.of(
                request("GET", "/universite/%E0%A4%A", BAD_REQUEST),
                request("GET", "/%", BAD_REQUEST),
                request("GET", "/campus/%zz", BAD_REQUEST),
                request("GET", "/universite/%FF%FE", Set.of(400, 404)),
                request("GET", "/a%00b", BAD_REQUEST),
                request("GET", "/universite/..%2f..%2fetc%2fpasswd", BAD_REQUEST),
                request("GET", "/universite/../../../etc/passwd", Set.of(400, 404)),
                request("GET", "/universite/%2e%2e/%2e%2e/etc/passwd", Set.of(400, 404)),
                // Spring Security's firewall rejects addresses that are not normalised.
                request("GET", "//universite", Set.of(400, 404)),
                request("GET", "/universite//histoire", Set.of(400, 404)),
                request("GET", "/universite/histoire.php", NOT_FOUND),
                request("GET", "/universite/<script>", BAD_REQUEST),
                request("GET", "/universite?q=" + HUGE, BAD_REQUEST),
                request("GET", "/" + HUGE, BAD_REQUEST),
                request("GET", "/nulle-part?utm_source=x&page=-1&sort=%zz", NOT_FOUND),
                request("POST", "/universite", NOT_ALLOWED),
                request("PUT", "/", NOT_ALLOWED),
                request("DELETE", "/campus/cambrai", NOT_ALLOWED),
                request("PATCH", "/mentions-legales", NOT_ALLOWED),
                request("TRACE", "/universite/histoire", NOT_ALLOWED),
                request("POST", "/sitemap.xml", NOT_ALLOWED),
                request("GET", "/campus/cambrai?x[]=1", BAD_REQUEST),
                request("G@T", "/", BAD_REQUEST));
    }

    /** Parameters the site does not know are ignored: the page is served as usual. */
    static Stream<Arguments> unknownParameters() {
        return Stream.of(
                request("GET", "/universite?utm_source=newsletter&fbclid=abc", Set.of(200)),
                request("GET", "/campus/cambrai?page=-1&sort=%zz&x%5B%5D=1", Set.of(200)),
                request("GET", "/?" + "p=1&".repeat(500), Set.of(200)));
    }

    private static Arguments request(String method, String target, Set<Integer> expected) {
        return Arguments.of(method, target, expected);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("malformedRequests")
    void malformedRequestsAnswerTheSitesClientErrorPage(String method, String target, Set<Integer> expected)
            throws IOException {
        RawResponse response = send(method, target, "Accept: text/html");
        assertThat(response.status()).as(response.head()).isIn(expected);
        assertThat(response.head().toLowerCase(Locale.ROOT)).contains("content-type: text/html")
                .doesNotContain("server:", "tomcat");
        assertThat(response.body()).contains("lang=\"fr\"", "Aller au contenu", "href=\"/css/site")
                .containsAnyOf("Requête invalide", "Page introuvable")
                .doesNotContain("Exception", "at org.", "at fr.uphf", "Tomcat", "Whitelabel");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("unknownParameters")
    void unknownParametersAreIgnored(String method, String target, Set<Integer> expected) throws IOException {
        RawResponse response = send(method, target, "Accept: text/html");
        assertThat(response.status()).as(response.head()).isIn(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRequests")
    void malformedRequestsNeverFailWhateverTheyAccept(String method, String target, Set<Integer> expected)
            throws IOException {
        assertThat(send(method, target, "Accept: application/json").status()).isBetween(400, 499);
    }

    private record RawResponse(int status, String head, String body) {
    }

    /** One HTTP/1.0 request as written, so the answer is the raw body, ended by the server closing the connection. */
    private RawResponse send(String method, String target, String header) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.0\r\nHost: localhost:" + port + "\r\n" + header + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String response = read(socket.getInputStream());
            int end = response.indexOf("\r\n\r\n");
            String head = end < 0 ? response : response.substring(0, end);
            String body = end < 0 ? "" : response.substring(end + 4);
            return new RawResponse(Integer.parseInt(head.split(" ")[1]), head, body);
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
