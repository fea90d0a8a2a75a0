package fr.uphf.site.cache;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.uphf.site.shared.Language;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves visitors' GET and HEAD requests from the {@link PageCache} when it holds the answer, before anything else
 * runs; otherwise lets the site render it, keeps it when the site lets any shared cache keep it ({@code public}, 200,
 * no cookie set, not {@link NotCached}), and sends it. Requests carrying a cookie (signed-in staff) or credentials
 * always go to the site, as do requests handled inside a transaction already open (a test's, which may see writes
 * that will never be committed). Kept answers are sent gzipped to clients that accept it, answer {@code If-None-Match} and
 * {@code If-Modified-Since} with 304, and say {@code X-Cache: HIT}, {@code MISS} or {@code STALE} (served while
 * changes cannot reach this instance, see {@link PageCache}) with their {@code Age}.
 */
class PageCacheFilter extends OncePerRequestFilter {

    static final String NOT_CACHED = PageCacheFilter.class.getName() + ".NOT_CACHED";
    private static final Set<String> NOT_REPLAYED = Set.of("date", "content-length", "content-type", "transfer-encoding",
            "connection", "keep-alive", "x-cache", "age");
    private static final Set<String> VARY_ALLOWED = Set.of("accept-encoding", "accept-language", "origin",
            "access-control-request-method", "access-control-request-headers");

    private final PageCache cache;
    private final LocaleResolver locales;
    private final Clock clock;

    PageCacheFilter(PageCache cache, LocaleResolver locales, Clock clock) {
        this.cache = cache;
        this.locales = locales;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        boolean get = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return !get || request.getHeader(HttpHeaders.COOKIE) != null || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || TransactionSynchronizationManager.isActualTransactionActive();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        CachedPage kept = cache.find(key);
        if (kept != null) {
            kept.headers().forEach(header -> response.addHeader(header.getKey(), header.getValue()));
            send(kept, cache.current() ? "HIT" : "STALE", request, response);
            return;
        }
        if ("HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Instant renderedAt = clock.instant();
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        rendered.setDateHeader(HttpHeaders.LAST_MODIFIED, renderedAt.toEpochMilli());
        PageCache.Rendering rendering = cache.startRendering();
        try (rendering) {
            chain.doFilter(request, rendered);
        }
        if (!keepable(request, rendered)) {
            rendered.setHeader("X-Cache", "MISS");
            rendered.copyBodyToResponse();
            return;
        }
        CachedPage page = CachedPage.of(rendered.getContentAsByteArray(), rendered.getContentType(),
                headers(rendered), renderedAt, rendering.tables());
        cache.keep(key, rendering, page);
        rendered.resetBuffer();
        send(page, "MISS", request, response);
    }

    /**
     * Language, the language the browser prefers (a page offers the other one to a browser that prefers it), scheme (a
     * page sent over HTTPS carries headers of its own: Strict-Transport-Security), path, query.
     */
    private String key(HttpServletRequest request) {
        Locale locale = locales.resolveLocale(request);
        String query = request.getQueryString();
        return locale.toLanguageTag() + " " + Language.preferred(request).map(Language::code).orElse("-") + " "
                + request.getScheme() + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static boolean keepable(HttpServletRequest request, HttpServletResponse response) {
        String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
        return response.getStatus() == HttpServletResponse.SC_OK
                && request.getAttribute(NOT_CACHED) == null
                && cacheControl != null && cacheControl.contains("public")
                && !response.containsHeader(HttpHeaders.SET_COOKIE)
                && !response.containsHeader(HttpHeaders.CONTENT_ENCODING)
                && response.getHeaders(HttpHeaders.VARY).stream()
                        .flatMap(vary -> Arrays.stream(vary.split(",")))
                        .allMatch(name -> VARY_ALLOWED.contains(name.strip().toLowerCase(Locale.ROOT)));
    }

    private static List<Map.Entry<String, String>> headers(HttpServletResponse response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : Set.copyOf(response.getHeaderNames())) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        return headers;
    }

    /** Sends a kept answer, its own headers already on the response. */
    private void send(CachedPage page, String state, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("X-Cache", state);
        response.setHeader(HttpHeaders.AGE, Long.toString(Duration.between(page.renderedAt(), clock.instant()).toSeconds()));
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = page.body();
        if (page.gzipped() != null) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            if (acceptsGzip(request)) {
                response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
                body = page.gzipped();
            }
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static boolean notModified(CachedPage page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            String etag = page.header(HttpHeaders.ETAG);
            return etag != null && Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                    .anyMatch(tag -> tag.equals("*") || opaque(tag).equals(opaque(etag)));
        }
        try {
            long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return since >= 0 && page.renderedAt().getEpochSecond() <= since / 1000;
        } catch (IllegalArgumentException unreadableDate) {
            return false;
        }
    }

    private static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accepted != null && Arrays.stream(accepted.toLowerCase(Locale.ROOT).split(","))
                .map(String::strip)
                .anyMatch(coding -> coding.equals("gzip") || (coding.startsWith("gzip;") && !coding.matches("gzip;\\s*q=0(\\.0*)?")));
    }
}
