package fr.uphf.site.cache;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Public answers as rendered for visitors, kept in memory up to a size in bytes. Each knows the tables its rendering
 * read, and goes as soon as one of them changes: written by this instance (seen when its transaction commits) or by
 * any other (announced by PostgreSQL, see {@link ContentChangeListener}). While changes made elsewhere cannot reach
 * this instance (the database is unreachable), the pages kept are still served, marked stale, and no new one is kept;
 * once they can again, everything kept before is dropped, since changes may have been missed.
 */
public class PageCache {

    private static final Logger log = LoggerFactory.getLogger(PageCache.class);
    private static final ThreadLocal<Set<String>> TABLES_READ = new ThreadLocal<>();

    private final Cache<String, CachedPage> pages;
    private final AtomicLong changes = new AtomicLong();
    private volatile boolean hearingChanges;

    PageCache(long maxBytes) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, CachedPage page) -> page.weight())
                .recordStats()
                .build();
    }

    Cache<String, CachedPage> pages() {
        return pages;
    }

    CachedPage find(String key) {
        return pages.getIfPresent(key);
    }

    /** Whether the pages kept are known to be current: changes made by every instance reach this one. */
    boolean current() {
        return hearingChanges;
    }

    /** Starts noting the tables read by this thread's SQL, for the answer it is about to render. */
    Rendering startRendering() {
        Set<String> tables = new HashSet<>();
        TABLES_READ.set(tables);
        return new Rendering(changes.get(), tables);
    }

    /** Called for every statement the site sends: notes its tables when an answer is being rendered. */
    static boolean rendering() {
        return TABLES_READ.get() != null;
    }

    static void tablesRead(Collection<String> tables) {
        Set<String> noted = TABLES_READ.get();
        if (noted != null) {
            noted.addAll(tables);
        }
    }

    /**
     * Keeps a rendered answer, unless something changed since its rendering started (it may show the former state)
     * or changes made elsewhere cannot currently reach this instance.
     */
    void keep(String key, Rendering rendering, CachedPage page) {
        if (!hearingChanges || changes.get() != rendering.changesBefore()) {
            return;
        }
        pages.put(key, page);
        if (changes.get() != rendering.changesBefore() || !hearingChanges) {
            pages.asMap().remove(key, page);
        }
    }

    /**
     * Drops every answer that read one of these tables: called for writes and for other instances' notifications, and
     * for a change that no write makes (a page's expiry time passing, see the publication job).
     */
    public void tablesChanged(Collection<String> tables) {
        changes.incrementAndGet();
        pages.asMap().values().removeIf(page -> page.readAnyOf(tables));
    }

    void hearingChanges(boolean hearing) {
        if (hearing == hearingChanges) {
            return;
        }
        changes.incrementAndGet();
        if (hearing) {
            pages.invalidateAll();
            log.info("Page cache: changes reach this instance; pages are kept again");
        } else {
            log.warn("Page cache: the database cannot tell this instance about changes; kept pages are served as stale, no new one is kept");
        }
        hearingChanges = hearing;
    }

    /** One answer being rendered: the tables it read, and the count of changes when it started. */
    record Rendering(long changesBefore, Set<String> tables) implements AutoCloseable {

        @Override
        public void close() {
            TABLES_READ.remove();
        }
    }
}
