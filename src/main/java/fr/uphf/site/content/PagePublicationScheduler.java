package fr.uphf.site.content;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled pages when their time comes, at the start of every minute ({@code uphf.publication.cron}; "-"
 * turns it off, as the tests do, which call it themselves). Every instance of the site runs it; each page is published
 * once all the same, by whichever run locks it first (see {@link PageEditor#publishDue()}). Expiry needs no job:
 * visitors' queries exclude expired pages.
 */
@Component
class PagePublicationScheduler {

    private final PageEditor editor;

    PagePublicationScheduler(PageEditor editor) {
        this.editor = editor;
    }

    @Scheduled(cron = "${uphf.publication.cron:0 * * * * *}", zone = "Europe/Paris")
    void publishDuePages() {
        editor.publishDue();
    }
}
