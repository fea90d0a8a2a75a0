package fr.uphf.site.cache;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Hears the changes made to the database by any instance of the site: every table has a trigger that sends
 * {@code NOTIFY uphf_content} with the table's name when a transaction changing it commits (migration V10). The
 * listener holds one connection of its own; it checks it every second, and when it is lost (the database is down)
 * it tells the cache so, then tries again every second.
 */
class ContentChangeListener implements SmartLifecycle {

    static final String CHANNEL = "uphf_content";
    private static final Logger log = LoggerFactory.getLogger(ContentChangeListener.class);
    private static final int WAIT_MILLIS = 1000;
    private static final Executor DIRECT = Runnable::run;

    private final DataSource dataSource;
    private final PageCache cache;
    private volatile boolean running;
    private Thread thread;

    ContentChangeListener(DataSource dataSource, PageCache cache) {
        this.dataSource = dataSource;
        this.cache = cache;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::listen, "page-cache-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2 * WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Started before the web server and stopped after it: the pages served until the end are kept current. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 4096;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                connection.setNetworkTimeout(DIRECT, 3 * WAIT_MILLIS);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                try (Statement statement = ((Connection) postgres).createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                cache.hearingChanges(true);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        cache.tablesChanged(tables(notifications));
                    } else if (!connection.isValid(3)) {
                        throw new SQLException("connection lost");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                cache.hearingChanges(false);
                if (running) {
                    log.debug("Page cache listener: {}", e.getMessage());
                    pause();
                }
            }
        }
    }

    private static Set<String> tables(PGNotification[] notifications) {
        return Arrays.stream(notifications).map(PGNotification::getParameter).collect(Collectors.toSet());
    }

    private void pause() {
        try {
            Thread.sleep(WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
