package fr.uphf.site.support;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/** What the site logs while a test runs: every event of every logger, as Logback received it. */
public final class LogCapture implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    private LogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    /** Starts capturing; close to stop. */
    public static LogCapture start() {
        return new LogCapture();
    }

    /** The events logged so far. */
    public synchronized List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    /** The events at this level or above. */
    public List<ILoggingEvent> atLeast(Level level) {
        return events().stream().filter(event -> event.getLevel().isGreaterOrEqual(level)).toList();
    }

    /** The events that carry an exception, which the console prints with its stack trace. */
    public List<ILoggingEvent> withStackTrace() {
        return events().stream().filter(event -> event.getThrowableProxy() != null).toList();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
