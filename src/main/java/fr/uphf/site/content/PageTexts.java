package fr.uphf.site.content;

import java.util.Map;
import java.util.Optional;

import fr.uphf.site.media.MediaHtml;
import fr.uphf.site.shared.Crumb;
import fr.uphf.site.shared.Language;
import fr.uphf.site.translation.Addresses;
import fr.uphf.site.translation.Translation;
import fr.uphf.site.translation.Translations;
import org.springframework.stereotype.Component;

/** The text of a page in the visitor's language (see {@link PageText}), and links to it. */
@Component
public class PageTexts {

    private final Translations translations;
    private final MarkdownRenderer markdown;
    private final Addresses addresses;
    private final MediaHtml media;

    PageTexts(Translations translations, MarkdownRenderer markdown, Addresses addresses, MediaHtml media) {
        this.translations = translations;
        this.markdown = markdown;
        this.addresses = addresses;
        this.media = media;
    }

    /** A link to the page, for a breadcrumb trail or a menu: its title and address in the visitor's language. */
    public Crumb crumb(Page page) {
        return new Crumb(translations.text(page, "title"), addresses.of(page.url()));
    }

    public PageText of(Page page) {
        PageText french = new PageText(page.getTitle(), page.getDescription(), media.expand(page.getBodyHtml()),
                PageText.State.FRENCH, page.updatedOn());
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
        String html = media.expand(body.get().getHtml() != null ? body.get().getHtml() : markdown.render(body.get().getText()));
        return new PageText(title.get().getText(), description.map(Translation::getText).orElse(""), html,
                current ? PageText.State.CURRENT : PageText.State.OUTDATED, page.updatedOn());
    }
}
