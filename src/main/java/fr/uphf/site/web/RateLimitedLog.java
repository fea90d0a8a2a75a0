package fr.uphf.site.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;

/**
 * One WARN line at most every {@code period} for events that a client or an outage can repeat thousands of times a
 * second: the first of each period is written, with how many were left out since the last line; never a stack trace.
 */
final class RateLimitedLog {

    /** The longest part of a request (its address) written in a line. */
    private static final int MAX_PATH = 200;

    private final Log log;
    private final long periodNanos;
    private final AtomicLong nextLine = new AtomicLong(System.nanoTime());
    private final AtomicLong unlogged = new AtomicLong();

    RateLimitedLog(Log log, Duration period) {
        this.log = log;
        this.periodNanos = period.toNanos();
    }

    /** Writes the line if none was written in this period, otherwise counts it. */
    void warn(Supplier<String> line) {
        long now = System.nanoTime();
        long due = nextLine.get();
        if (now - due < 0 || !nextLine.compareAndSet(due, now + periodNanos)) {
            unlogged.incrementAndGet();
            return;
        }
        log.warn(line.get() + ", et " + unlogged.getAndSet(0) + " requêtes de même depuis le dernier message");
    }

    /** The address of a request as a log line can hold it: cut, and without control characters. */
    static String path(String requestUri) {
        String path = requestUri == null ? "" : requestUri.replaceAll("\\p{Cntrl}", "?");
        return path.length() <= MAX_PATH ? path : path.substring(0, MAX_PATH) + "…";
    }
}
