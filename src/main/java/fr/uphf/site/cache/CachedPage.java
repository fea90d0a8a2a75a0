package fr.uphf.site.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * One answer as rendered: its body (and, for text, the same gzipped once for all), its type, the headers the site
 * sent with it, when it was rendered, and the tables its rendering read.
 */
record CachedPage(byte[] body, byte[] gzipped, String contentType, List<Map.Entry<String, String>> headers,
        Instant renderedAt, Set<String> tables) {

    private static final Pattern COMPRESSIBLE = Pattern.compile("^(text/|application/(json|xml|javascript)|image/svg\\+xml|[^;]*\\+(xml|json)).*");

    static CachedPage of(byte[] body, String contentType, List<Map.Entry<String, String>> headers, Instant renderedAt,
            Set<String> tables) {
        byte[] gzipped = contentType != null && COMPRESSIBLE.matcher(contentType).matches() ? gzip(body) : null;
        return new CachedPage(body, gzipped, contentType, List.copyOf(headers), renderedAt, Set.copyOf(tables));
    }

    String header(String name) {
        return headers.stream().filter(header -> header.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    boolean readAnyOf(Collection<String> changed) {
        return changed.stream().anyMatch(tables::contains);
    }

    int weight() {
        return body.length + (gzipped == null ? 0 : gzipped.length) + 1024;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
