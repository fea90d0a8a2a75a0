package fr.uphf.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import fr.uphf.site.support.LogCapture;
import fr.uphf.site.support.RawHttp;
import fr.uphf.site.support.RunningSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an attacker or a broken client sends, on every public route in both languages and on the JSON APIs, written
 * byte for byte on a socket: malformed request lines and encodings, huge and repeated parameters, path traversal,
 * odd methods and headers, wrong types, boundary numbers. Every answer comes within {@value #MAX_MILLIS} ms, is no
 * 5xx (but the 501 and 505 that HTTP itself prescribes, {@link #allowedServerError}), and shows no stack trace, SQL
 * or Java class name; the log gets no stack trace and no ERROR.
 */
@RunningSiteTest
class HostileRequestsTest {

    private static final long MAX_MILLIS = 5_000;

    /** Public routes, French and English, the guides and the search with their answers, the site's files. */
    private static final List<String> ROUTES = List.of("/", "/en", "/universite", "/universite/histoire",
            "/admission", "/campus", "/campus/mont-houy", "/mobilite/aides-financieres", "/mentions-legales",
            "/accessibilite", "/donnees-personnelles", "/recherche?q=etudiants", "/admission/ou-candidater",
            "/mobilite/estimer-mes-aides", "/en/university/history", "/en/campuses/mont-houy",
            "/en/international/estimate-my-grants", "/en/admissions/where-to-apply", "/en/search?q=students",
            "/en/legal-notice", "/sitemap.xml", "/robots.txt", "/connexion", "/healthz");
    private static final String ESTIMATE = "/api/mobilite/aides";
    private static final String ESTIMATE_OK = "type=ETUDES&pays=DE&jours=90&niveau=L3&boursier=true&quotient=12000";
    private static final String ORIENTATION = "/api/admission/orientation";
    private static final String ORIENTATION_OK = "diplome=MASTER&annee=1&apprentissage=false&profil=ETUDIANT&residenceFrance=true";

    private static final List<String> METHODS = List.of("HEAD", "POST", "PUT", "DELETE", "PATCH", "TRACE",
            "OPTIONS", "PROPFIND", "FOO", "get");
    private static final List<String> PATH_SUFFIXES = List.of("/../../../../etc/passwd", "/..%2f..%2fetc%2fpasswd",
            "/%2e%2e/%2e%2e/etc/passwd", "/..;/admin", "/%252e%252e/%252e%252e/", "/.%00./", "/%c0%ae%c0%ae/",
            "/WEB-INF/web.xml", "/.git/config", "/;jsessionid=x", "%", "/%ff", "/\u00e9", "/%", "/index.php");
    private static final List<String> QUERIES = List.of("q=%C3%28", "x=%", "x=%zz", "a[]=1", "a%5B%5D=1",
            "q=" + "a".repeat(7_000), "p=1&".repeat(3_000), "page=-1", "page=99999999999999999999",
            "q=%27%20OR%201%3D1--", "q=%3Cscript%3Ealert(1)%3C/script%3E", "q=%00", "q=%E2%80%AE", "=&=&==",
            "q=" + "%F0%9F%98%80".repeat(500), "lang=xx", "jours=1e9");
    private static final List<String> HEADERS = List.of("Accept: )(*&^%", "Accept: application/json",
            "Accept: text/csv", "Accept: */*;q=oops", "Accept-Language: xx;q=abc,,;", "Accept-Language: " + "en,".repeat(1_000),
            "X-Forwarded-For: ' OR 1=1, 999.999.999.999", "X-Forwarded-Proto: gopher", "X-Forwarded-Host: evil.example",
            "Range: bytes=99999999999-", "Range: bytes=-0,1-0", "If-None-Match: *", "If-Modified-Since: hier",
            "Cookie: JSESSIONID=../../etc; SESSION=%00", "Content-Type: application/json; charset=ebcdic",
            "Accept-Encoding: gzip;q=2, br, zstd, *;q=-1", "Expect: 100-continue", "Authorization: Basic %%%",
            "Origin: null", "X-HTTP-Method-Override: DELETE", "Host: evil.example", "Referer: javascript:alert(1)");

    private static final List<String> ESTIMATE_VALUES = List.of("type=STAGE", "type=etudes", "type=", "type=%00",
            "pays=FR", "pays=fr", "pays=XX", "pays=D%20E", "pays=" + "DE".repeat(2_000), "pays=%C3%28",
            "jours=0", "jours=1", "jours=3650", "jours=3651", "jours=-1", "jours=2147483647", "jours=2147483648",
            "jours=-2147483649", "jours=1e3", "jours=0x10", "jours=NaN", "jours=", "jours=90&jours=91",
            "quotient=-0", "quotient=0", "quotient=99999999,99", "quotient=100000000", "quotient=1e400",
            "quotient=12%20000", "quotient=%D9%A1%D9%A2", "quotient=" + "9".repeat(5_000), "quotient=12,000,00",
            "niveau=ZZ", "niveau=", "boursier=peut-etre", "boursier=1", "logeNourri=oui", "gratificationHebdo=-5",
            "gratificationHebdo=1e9", "dateDebut=2026-02-30&dateFin=2026-03-01", "dateDebut=0000-01-01&dateFin=9999-12-31",
            "dateDebut=-999999999-01-01&dateFin=%2B999999999-12-31", "dateDebut=2027-01-01&dateFin=2026-01-01",
            "dateDebut=2026-13-01", "dateFin=31/12/2026", "lang=en", "lang=%00");
    private static final List<String> ORIENTATION_VALUES = List.of("diplome=DOCTORAT", "diplome=master", "diplome=",
            "diplome=%C3%28", "annee=0", "annee=5", "annee=6", "annee=-1", "annee=2147483648", "annee=1.5",
            "annee=un", "apprentissage=peut-etre", "profil=ROBOT", "residenceFrance=", "annee=1&annee=2", "lang=en");

    /** Request lines and framings that no HTTP client writes. */
    private static final List<String> RAW_REQUESTS = List.of("GET / HTTP/9.9\r\n\r\n", "GET /\r\n\r\n",
            "GET / HTTP/1.1\r\n\r\n", "GET  /  HTTP/1.1\r\nHost: x\r\n\r\n", "GET\t/\tHTTP/1.1\r\nHost: x\r\n\r\n",
            "GET / HTTP/1.1\nHost: x\n\n", "\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\r\n: empty\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\n folded: y\r\n\r\n", "GET /\u0001 HTTP/1.1\r\nHost: x\r\n\r\n",
            "POST /recherche HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
            "POST /recherche HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nabcde",
            "POST /recherche HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
            "POST /recherche HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, identity\r\n\r\n",
            "POST /recherche HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n",
            "CONNECT localhost:443 HTTP/1.1\r\nHost: x\r\n\r\n", "GET http://evil.example/ HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET * HTTP/1.1\r\nHost: x\r\n\r\n", "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n", "G@T / HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /?" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(70_000) + "\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\n" + "X-Many: y\r\n".repeat(500) + "\r\n",
            "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "\u0016\u0003\u0001\u0000\u00a5\u0001\u0000\u0000\u00a1\u0003\u0003");

    private static final Pattern STACK_TRACE = Pattern.compile("\\bat [a-z]\\w*(\\.\\w+)+\\(|\\b\\w+(Exception|Error)\\b:");
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(java|javax|jakarta|tools\\.jackson|com\\.fasterxml|org\\.(springframework|apache|hibernate|postgresql|thymeleaf)|fr\\.uphf)\\.[a-z]");
    private static final Pattern SQL = Pattern.compile("(?i)\\b(select\\s+[\\w.*,\\s]+\\s+from\\s+\\w+\\s+(where|join|order)"
            + "|insert\\s+into|syntax error at|sqlstate|psql|pg_catalog|websearch_to_tsquery)\\b");

    @LocalServerPort
    int port;

    @Test
    void hostileRequestsGetNoServerErrorNoLeakAndAQuickAnswer() throws IOException {
        List<byte[]> requests = new ArrayList<>();
        for (String route : ROUTES) {
            String path = route.contains("?") ? route.substring(0, route.indexOf('?')) : route;
            String join = route.contains("?") ? "&" : "?";
            for (String method : METHODS) {
                requests.add(request(method, route));
            }
            for (String suffix : PATH_SUFFIXES) {
                requests.add(request("GET", (path.equals("/") ? "" : path) + suffix));
            }
            for (String query : QUERIES) {
                requests.add(request("GET", route + join + query));
            }
            for (String header : HEADERS) {
                requests.add(request("GET", route, header));
            }
        }
        for (String value : ESTIMATE_VALUES) {
            requests.add(request("GET", ESTIMATE + "?" + ESTIMATE_OK + "&" + value, "Accept: text/html"));
            requests.add(request("GET", ESTIMATE + "?" + value));
            requests.add(request("GET", "/mobilite/estimer-mes-aides?" + ESTIMATE_OK + "&" + value));
            requests.add(request("GET", "/en/international/estimate-my-grants?" + value + "&" + ESTIMATE_OK));
        }
        for (String value : ORIENTATION_VALUES) {
            requests.add(request("GET", ORIENTATION + "?" + ORIENTATION_OK + "&" + value, "Accept: text/plain"));
            requests.add(request("GET", ORIENTATION + "?" + value));
            requests.add(request("GET", "/admission/ou-candidater?" + value + "&" + ORIENTATION_OK));
            requests.add(request("GET", "/en/admissions/where-to-apply?" + ORIENTATION_OK + "&" + value));
        }
        for (String api : List.of(ESTIMATE + "?" + ESTIMATE_OK, ORIENTATION + "?" + ORIENTATION_OK)) {
            for (String method : METHODS) {
                requests.add(request(method, api, "Accept: application/json"));
            }
            for (String header : HEADERS) {
                requests.add(request("GET", api, header));
            }
            for (String query : QUERIES) {
                requests.add(request("GET", api + "&" + query));
            }
        }
        for (String raw : RAW_REQUESTS) {
            requests.add(raw.getBytes(StandardCharsets.UTF_8));
        }

        List<String> failures = new ArrayList<>();
        try (LogCapture log = LogCapture.start()) {
            for (byte[] request : requests) {
                check(request, new RawHttp(port).sendBytes(request), failures);
            }
            System.out.println("HostileRequestsTest: " + requests.size() + " hostile requests sent");
            assertThat(requests).hasSizeGreaterThanOrEqualTo(500);
            assertThat(failures).as(failures.size() + " bad answers of " + requests.size()).isEmpty();
            assertThat(log.withStackTrace()).as("log events with a stack trace").isEmpty();
            assertThat(log.atLeast(Level.ERROR)).as("ERROR lines").isEmpty();
            // One line every 10 s at most per kind of client error; the suite lasts well under a minute.
            assertThat(log.atLeast(Level.WARN)).as("WARN lines").hasSizeLessThanOrEqualTo(12);
        }
    }

    private void check(byte[] request, RawHttp.Answer answer, List<String> failures) {
        String line = new String(request, 0, Math.min(request.length, 160), StandardCharsets.UTF_8).split("\r?\n")[0];
        String what = line + " → " + answer.status();
        if (answer.status() >= 500 && !allowedServerError(line, answer.status())) {
            failures.add("server error: " + what);
        }
        if (answer.status() == -1 && !closingWithoutAnswerIsAllowed(line)) {
            failures.add("no answer: " + what);
        }
        if (answer.millis() > MAX_MILLIS) {
            failures.add("slow (" + answer.millis() + " ms): " + what);
        }
        String text = answer.head() + "\n" + answer.body();
        for (Pattern leak : List.of(STACK_TRACE, CLASS_NAME, SQL)) {
            var found = leak.matcher(text);
            if (found.find()) {
                failures.add("leak « " + found.group() + " »: " + what);
            }
        }
        if (text.toLowerCase(Locale.ROOT).contains("apache tomcat")) {
            failures.add("Tomcat's page: " + what);
        }
    }

    /**
     * HTTP leaves no choice: a method or transfer coding the server does not implement is a 501, another major version
     * of the protocol a 505 (RFC 9110 §15.6.2 and §15.6.6). Tomcat sends them, with the site's page.
     */
    private static boolean allowedServerError(String line, int status) {
        return status == 501 && (line.startsWith("CONNECT ") || line.startsWith("POST /recherche"))
                || status == 505 && line.matches("\\S+ \\S+ HTTP/(9\\.9|2\\.0)");
    }

    /**
     * Tomcat closes the connection without a word on what is not HTTP/1 at all: a TLS handshake, HTTP/2's preface,
     * a request line without a version (HTTP/0.9, which has no status line to answer with).
     */
    private static boolean closingWithoutAnswerIsAllowed(String line) {
        return line.startsWith("\u0016") || line.startsWith("PRI * HTTP/2.0") || line.equals("GET /");
    }

    private byte[] request(String method, String target, String... headers) {
        StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        boolean host = false;
        for (String header : headers) {
            host |= header.startsWith("Host:");
        }
        if (!host) {
            request.append("Host: localhost:").append(port).append("\r\n");
        }
        request.append("Connection: close\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
