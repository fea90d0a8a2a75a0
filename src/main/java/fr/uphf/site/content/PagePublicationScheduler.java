package fr.uphf.site.content;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Publishes scheduled pages when their time comes (expiry needs no job: visitors' queries exclude expired pages). */
@Component
class PagePublicationScheduler {

    private final PageEditor editor;

    PagePublicationScheduler(PageEditor editor) {
        this.editor = editor;
    }

    @Scheduled(fixedDelayString = "${uphf.publication.check-interval:60s}")
    void publishDuePages() {
        editor.publishDue();
    }
}
