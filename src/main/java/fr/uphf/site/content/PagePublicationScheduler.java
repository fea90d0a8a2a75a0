package fr.uphf.site.content;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import fr.uphf.site.cache.PageCache;
import fr.uphf.site.shared.TimeConfiguration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled pages when their time comes, at the start of every minute ({@code uphf.publication.cron}; "-"
 * turns it off, as the tests do, which call it themselves). Every instance of the site runs it; each page is published
 * once all the same, by whichever run locks it first (see {@link PageEditor#publishDue()}). Expiry needs no write,
 * since visitors' queries exclude expired pages, but pages kept by the page cache must learn of it: each run, on each
 * instance, drops the kept pages that read pages when one expired since the previous run.
 */
@Component
class PagePublicationScheduler {

    private final PageEditor editor;
    private final PageRepository pages;
    private final PageCache cache;
    private final Clock clock;
    private Instant lastRun;

    PagePublicationScheduler(PageEditor editor, PageRepository pages, PageCache cache, Clock clock) {
        this.editor = editor;
        this.pages = pages;
        this.cache = cache;
        this.clock = clock;
        this.lastRun = clock.instant();
    }

    @Scheduled(cron = "${uphf.publication.cron:0 * * * * *}", zone = TimeConfiguration.ZONE)
    synchronized void publishDuePages() {
        editor.publishDue();
        Instant now = clock.instant();
        if (pages.existsByExpireAtGreaterThanAndExpireAtLessThanEqual(lastRun, now)) {
            cache.tablesChanged(Set.of(Page.TABLE));
        }
        lastRun = now;
    }
}
