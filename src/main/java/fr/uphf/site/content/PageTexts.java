package fr.uphf.site.content;

import java.util.Map;
import java.util.Optional;

import fr.uphf.site.shared.Language;
import fr.uphf.site.translation.Translation;
import fr.uphf.site.translation.Translations;
import org.springframework.stereotype.Component;

/** The text of a page in the visitor's language (see {@link PageText}). */
@Component
public class PageTexts {

    private final Translations translations;
    private final MarkdownRenderer markdown;

    PageTexts(Translations translations, MarkdownRenderer markdown) {
        this.translations = translations;
        this.markdown = markdown;
    }

    public PageText of(Page page) {
        PageText french = new PageText(page.getTitle(), page.getDescription(), page.getBodyHtml(), PageText.State.FRENCH,
                page.updatedOn());
        if (Language.current() == Language.FR) {
            return french;
        }
        Map<String, Translation> english = translations.all(page);
        Optional<Translation> title = Optional.ofNullable(english.get("title"));
        Optional<Translation> body = Optional.ofNullable(english.get("bodyMarkdown"));
        if (title.isEmpty() || body.isEmpty()) {
            translations.markFrench();
            return new PageText(french.title(), french.description(), french.html(), PageText.State.FRENCH_ONLY,
                    page.updatedOn());
        }
        Optional<Translation> description = Optional.ofNullable(english.get("description"));
        boolean current = title.get().translates(page.getTitle()) && body.get().translates(page.getBodyMarkdown())
                && description.map(text -> text.translates(page.getDescription())).orElse(page.getDescription().isEmpty());
        String html = body.get().getHtml() != null ? body.get().getHtml() : markdown.render(body.get().getText());
        return new PageText(title.get().getText(), description.map(Translation::getText).orElse(""), html,
                current ? PageText.State.CURRENT : PageText.State.OUTDATED, page.updatedOn());
    }
}
