package fr.uphf.site.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One visitor of the running site over plain HTTP, with its own session cookie: a raw socket rather than the JDK
 * client, so that a test can send any header a client or a proxy could send, {@code Host} included. Redirects are
 * not followed: the answer is what the server sent.
 */
public final class SiteClient {

    private final int port;
    private final Map<String, String> cookies;

    public SiteClient(int port) {
        this(port, new LinkedHashMap<>());
    }

    private SiteClient(int port, Map<String, String> cookies) {
        this.port = port;
        this.cookies = cookies;
    }

    /** The same visitor, with the same cookies, reaching another instance of the site (as a load balancer sends it). */
    public SiteClient on(int otherPort) {
        return new SiteClient(otherPort, cookies);
    }

    /** The value of a cookie the visitor holds now, or null. */
    public String cookie(String name) {
        return cookies.get(name);
    }

    /** What the server answered. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
            return values.isEmpty() ? null : values.get(0);
        }

        public List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        public Document document() {
            return Jsoup.parse(body);
        }
    }

    public Answer get(String path, String... headers) throws IOException {
        return send("GET", path, null, headers);
    }

    /**
     * Asks for the page every 20 ms until the answer satisfies the condition or the time is up, and returns the last
     * answer: for what the site does shortly after, not at once (another instance hearing of a change, a pool
     * reconnecting).
     */
    public Answer getUntil(String path, Predicate<Answer> condition, Duration atMost, String... headers)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        Answer answer = get(path, headers);
        while (!condition.test(answer) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            answer = get(path, headers);
        }
        return answer;
    }

    /** A request of any method without a body, as a script or an API client could send it. */
    public Answer request(String method, String path, String... headers) throws IOException {
        return send(method, path, null, headers);
    }

    /** Posts a form as a browser would, with the session cookie. */
    public Answer post(String path, Map<String, String> form, String... headers) throws IOException {
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send("POST", path, body, headers);
    }

    /** Fills the fields of the first form whose action is {@code action} on the page at {@code page}, hidden ones kept. */
    public Answer submit(String page, String action, Map<String, String> fields, String... headers) throws IOException {
        Document document = get(page, headers).document();
        Map<String, String> form = new LinkedHashMap<>();
        Element rendered = document.selectFirst("form[action=\"" + action + "\"]");
        if (rendered == null) {
            throw new AssertionError("no form posting to " + action + " on " + page);
        }
        rendered.select("input[type=hidden]").forEach(input -> form.put(input.attr("name"), input.attr("value")));
        form.putAll(fields);
        return post(action, form, headers);
    }

    /** Signs in through the rendered sign-in form. */
    public Answer signIn(String username, String password, String... headers) throws IOException {
        return submit("/connexion", "/connexion", Map.of("username", username, "password", password), headers);
    }

    private Answer send(String method, String path, String body, String... headers) throws IOException {
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\n");
        boolean hostGiven = false;
        for (String header : headers) {
            hostGiven |= header.toLowerCase(Locale.ROOT).startsWith("host:");
            request.append(header).append("\r\n");
        }
        if (!hostGiven) {
            request.append("Host: localhost:").append(port).append("\r\n");
        }
        if (!cookies.isEmpty()) {
            request.append("Cookie: ").append(cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")))
                    .append("\r\n");
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            request.append("Content-Type: application/x-www-form-urlencoded\r\n")
                    .append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private Answer read(InputStream in) throws IOException {
        String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int end = raw.indexOf("\r\n\r\n");
        String[] lines = raw.substring(0, end).split("\r\n");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        for (String cookie : headers.getOrDefault("set-cookie", List.of())) {
            String pair = cookie.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (value.isEmpty() || cookie.contains("Max-Age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, raw.substring(end + 4));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
