package fr.uphf.site.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that fails because the database is down, refuses connections or is too slow becomes a 503 (the site's
 * « momentanément indisponible » page, or its JSON error for the API, see {@link SiteErrorController}) instead of a
 * 500 with a stack trace in the log: wherever the failure surfaced, in a controller, a filter or a template. One log
 * line at most every {@value #LOG_EVERY_SECONDS} s says so, with how many requests failed meanwhile.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Log log = LogFactory.getLog(DatabaseOutageFilter.class);
    private static final long LOG_EVERY_SECONDS = 10;

    private final RateLimitedLog outages = new RateLimitedLog(log, Duration.ofSeconds(LOG_EVERY_SECONDS));

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!isOutage(failure) || response.isCommitted()) {
                throw failure;
            }
            report(request, failure);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    /** Whether this failure, or one of its causes, says that the database cannot be reached or did not answer in time. */
    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLException sql && (isOutageState(sql.getSQLState()) || isClosedByPool(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The connection pool's answer to a call on a connection it closed once the database was lost, without a code: the
     * rollback that follows a failed statement then fails too, and Spring reports that failure instead of the first.
     */
    private static boolean isClosedByPool(SQLException failure) {
        return failure.getSQLState() == null && "Connection is closed".equals(failure.getMessage());
    }

    /**
     * PostgreSQL's codes for a lost or refused connection (class 08), a server shutting down or starting up (57P),
     * a statement cancelled by {@code statement_timeout} (57014) and too many connections (53300).
     */
    private static boolean isOutageState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("57014")
                || state.equals("53300"));
    }

    private void report(HttpServletRequest request, Throwable failure) {
        outages.warn(() -> {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return "Base de données indisponible : " + request.getMethod() + " "
                    + RateLimitedLog.path(request.getRequestURI()) + " → 503 (" + root + ")";
        });
    }
}
