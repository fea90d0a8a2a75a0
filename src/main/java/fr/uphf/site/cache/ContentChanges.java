package fr.uphf.site.cache;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Announces a change that no write makes, such as a page's expiry time passing: this instance drops the pages that
 * read the table at once, every other one when PostgreSQL passes the notification on.
 */
@Component
public class ContentChanges {

    private final JdbcClient jdbc;
    private final PageCache cache;

    ContentChanges(JdbcClient jdbc, PageCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    public void announce(String table) {
        cache.tablesChanged(Set.of(table));
        jdbc.sql("select pg_notify(?, ?)").params(ContentChangeListener.CHANNEL, table).query().listOfRows();
    }
}
