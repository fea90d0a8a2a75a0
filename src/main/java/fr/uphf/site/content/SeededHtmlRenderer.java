package fr.uphf.site.content;

import fr.uphf.site.translation.Translations;
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
    private final Translations translations;
    private final MarkdownRenderer markdown;

    SeededHtmlRenderer(PageService pages, Translations translations, MarkdownRenderer markdown) {
        this.pages = pages;
        this.translations = translations;
        this.markdown = markdown;
    }

    @Override
    public void run(ApplicationArguments args) {
        int rendered = pages.renderMissingHtml();
        if (rendered > 0) {
            log.info("Rendered the HTML of {} seeded pages", rendered);
        }
        int translated = translations.renderMissingHtml("bodyMarkdown", markdown::render);
        if (translated > 0) {
            log.info("Rendered the HTML of {} seeded English pages", translated);
        }
    }
}
