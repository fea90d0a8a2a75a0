package fr.uphf.site.web;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stopping without failing a visitor. Once Tomcat's graceful shutdown starts, it finishes the requests in progress
 * but answers 503 to any new request on a kept-alive connection. So, first, as soon as the site is asked to stop,
 * every answer carries {@code Connection: close}: each client learns, on an answer it gets in full, to open a new
 * connection for its next request (to another instance, behind a load balancer). This lasts while requests keep
 * coming, {@link #QUIET} without one ends it, and {@link ShutdownProperties#drain()} at most; then the graceful
 * shutdown proper begins (this lifecycle stops in the phase before the web server's).
 */
class ConnectionDraining extends OncePerRequestFilter implements SmartLifecycle {

    static final Duration QUIET = Duration.ofMillis(250);

    private final Duration drain;
    private volatile boolean running;
    private volatile boolean draining;
    private volatile long lastRequest = System.nanoTime() - QUIET.toNanos();

    ConnectionDraining(ShutdownProperties properties) {
        this.drain = properties.drain();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        lastRequest = System.nanoTime();
        if (draining) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
        }
        chain.doFilter(request, response);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        draining = true;
        long deadline = System.nanoTime() + drain.toNanos();
        try {
            while (System.nanoTime() - deadline < 0 && System.nanoTime() - lastRequest < QUIET.toNanos()) {
                Thread.sleep(QUIET.toMillis() / 5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped before the web server's graceful shutdown (phase {@code DEFAULT_PHASE - 1024}). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
