package fr.uphf.site.content;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Flyway seeds pages and their English as Markdown only; their sanitised HTML is rendered once, at the first start-up after. */
@Component
class SeededHtmlRenderer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeededHtmlRenderer.class);

    private final PageService pages;

    SeededHtmlRenderer(PageService pages) {
        this.pages = pages;
    }

    @Override
    public void run(ApplicationArguments args) {
        int rendered = pages.renderMissingHtml();
        if (rendered > 0) {
            log.info("Rendered the HTML of {} seeded pages (French and English)", rendered);
        }
    }
}
