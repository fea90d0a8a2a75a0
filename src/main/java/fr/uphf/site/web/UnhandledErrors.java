package fr.uphf.site.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every exception no handler answered, caught before the servlet container logs it with its stack trace. A request
 * the container cannot read (badly encoded parameters, too many of them) or a client gone before its answer is the
 * client's doing: a 400, or nothing when there is nobody to answer, noted in one WARN line at most every
 * {@value #CLIENT_LOG_SECONDS} s. Anything else is a bug: a 500, logged once at ERROR with its stack trace and a
 * reference that the error page and the JSON error show ({@link SiteErrorController}), for a visitor to quote.
 */
class UnhandledErrors extends OncePerRequestFilter {

    /** The request attribute holding the reference of its server error. */
    static final String REFERENCE = UnhandledErrors.class.getName() + ".reference";

    private static final Log log = LogFactory.getLog(UnhandledErrors.class);
    private static final long CLIENT_LOG_SECONDS = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RateLimitedLog clientErrors = new RateLimitedLog(log, Duration.ofSeconds(CLIENT_LOG_SECONDS));

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            Throwable clientError = clientError(failure);
            if (clientError != null) {
                String kind = clientError.getClass().getSimpleName();
                clientErrors.warn(() -> "Requête refusée : " + request.getMethod() + " "
                        + RateLimitedLog.path(request.getRequestURI()) + " (" + kind + ")");
                if (!response.isCommitted() && !(clientError instanceof ClientAbortException)) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                }
                return;
            }
            if (response.isCommitted()) {
                throw failure;
            }
            String reference = reference();
            request.setAttribute(REFERENCE, reference);
            log.error("Erreur " + reference + " : " + request.getMethod() + " "
                    + RateLimitedLog.path(request.getRequestURI()) + " → 500", failure);
            // Outside PublicPageCaching, which would otherwise forbid keeping it: a server error is never stored.
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }

    /** The failure, or one of its causes, that says the client sent what cannot be read or left; null if none. */
    private static Throwable clientError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidParameterException || cause instanceof ClientAbortException) {
                return cause;
            }
        }
        return null;
    }

    /** Twelve hexadecimal digits: short enough to read out on the telephone, unique enough for a day of logs. */
    private static String reference() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
