package fr.uphf.site.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Requests written byte for byte on a socket, for what no HTTP client would send (a request line of another protocol
 * version, a method of proxies, contradictory headers): the answer is read until the server closes the connection.
 */
public final class RawHttp {

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** What came back: the status (-1 when the server closed without answering), head, body, and how long it took. */
    public record Answer(int status, String head, String body, long millis) {

        public boolean hasHeader(String name, String valueStart) {
            String prefix = "\r\n" + name.toLowerCase(Locale.ROOT) + ": " + valueStart.toLowerCase(Locale.ROOT);
            return head.toLowerCase(Locale.ROOT).contains(prefix);
        }
    }

    /** One request line and headers (CRLF between them added), with Host and Connection: close, and no body. */
    public Answer send(String requestLine, String... headers) throws IOException {
        StringBuilder request = new StringBuilder(requestLine).append("\r\n").append("Host: localhost:").append(port)
                .append("\r\nConnection: close\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return sendBytes(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Exactly these bytes. */
    public Answer sendBytes(byte[] request) throws IOException {
        long start = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            socket.shutdownOutput();
            String raw = read(socket.getInputStream());
            long millis = (System.nanoTime() - start) / 1_000_000;
            int end = raw.indexOf("\r\n\r\n");
            String head = end < 0 ? raw : raw.substring(0, end);
            String body = end < 0 ? "" : raw.substring(end + 4);
            if (head.toLowerCase(Locale.ROOT).contains("\r\ntransfer-encoding: chunked")) {
                body = unchunk(body);
            }
            String[] statusLine = head.split(" ", 3);
            int status = statusLine.length > 1 && statusLine[0].startsWith("HTTP/") && statusLine[1].matches("\\d{3}")
                    ? Integer.parseInt(statusLine[1]) : -1;
            return new Answer(status, head, body, millis);
        }
    }

    /** The body sent in chunks, put back together (what is left after a malformed chunk is dropped). */
    private static String unchunk(String chunked) {
        byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < bytes.length) {
            int lineEnd = indexOfCrlf(bytes, at);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(bytes, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            if (!size.matches("[0-9a-fA-F]{1,7}")) {
                break;
            }
            int length = Integer.parseInt(size, 16);
            if (length == 0 || lineEnd + 2 + length > bytes.length) {
                break;
            }
            body.write(bytes, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    private static int indexOfCrlf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            in.transferTo(bytes);
        } catch (SocketTimeoutException | java.net.SocketException closedOrSilent) {
            // what was read is the answer
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
