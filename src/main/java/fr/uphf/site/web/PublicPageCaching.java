package fr.uphf.site.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * What visitors' browsers and a CDN may keep of the public pages and APIs: each answer carries an {@code ETag} (a
 * hash of its body), so that asking again with {@code If-None-Match} gets a bodiless 304 while the page is unchanged,
 * and may be kept {@value #MAX_AGE_SECONDS} s, or served stale for a day while the site is in error; style sheets and
 * icons at their fingerprinted addresses ({@link Assets}) may be kept a year. Staff screens
 * (never stored, see the security configuration), the health check, requests of signed-in staff (they carry a
 * session: their browser asks every time) and server errors are not kept.
 */
class PublicPageCaching extends ShallowEtagHeaderFilter {

    static final int MAX_AGE_SECONDS = 60;
    static final String VISITORS = "public, max-age=" + MAX_AGE_SECONDS + ", stale-if-error=86400";
    static final String FINGERPRINTED = "public, max-age=31536000, immutable";
    /** The load balancer's health check, which must say what holds now. */
    private static final String HEALTH = "/healthz";

    /** Weak tags, which stay true of a page sent gzipped (the servlet container compresses only those). */
    PublicPageCaching() {
        setWriteWeakETag(true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SitePolicy.isStaffPath(request) || HEALTH.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (Assets.FINGERPRINTED.matcher(request.getRequestURI()).matches()) {
            response.setHeader("Cache-Control", FINGERPRINTED);
        } else {
            response.setHeader("Cache-Control", request.getRequestedSessionId() == null ? VISITORS : "private, no-cache");
        }
        super.doFilterInternal(request, new NotKeptOnServerError(response), chain);
    }

    /** Takes the permission to keep an answer back as soon as it turns out to be a server error. */
    private static final class NotKeptOnServerError extends HttpServletResponseWrapper {

        NotKeptOnServerError(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            forbidKeepingIfError(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            forbidKeepingIfError(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            forbidKeepingIfError(status);
            super.sendError(status, message);
        }

        private void forbidKeepingIfError(int status) {
            if (status >= 500) {
                setHeader("Cache-Control", "no-store");
            }
        }
    }
}
