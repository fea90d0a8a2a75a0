package fr.uphf.site.content;

import java.util.List;

import fr.uphf.site.shared.Crumb;
import fr.uphf.site.shared.Guide;
import fr.uphf.site.translation.Addresses;
import fr.uphf.site.translation.Translations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every guide's page shows around its form: its area in the menu, its date, the trail from its area's index. */
@Component
public class GuidePages {

    private final PageService pages;
    private final MessageSource messages;
    private final Translations translations;
    private final Addresses addresses;

    GuidePages(PageService pages, MessageSource messages, Translations translations, Addresses addresses) {
        this.pages = pages;
        this.messages = messages;
        this.translations = translations;
        this.addresses = addresses;
    }

    public void describe(Guide guide, Model model) {
        model.addAttribute("guide", guide);
        model.addAttribute("currentArea", guide.area());
        model.addAttribute("updatedOn", guide.lastModified());
        model.addAttribute("breadcrumbs", List.of(
                new Crumb(translations.text(pages.published(guide.area(), ""), "title"), addresses.of(guide.area().url())),
                new Crumb(messages.getMessage(guide.titleKey(), null, LocaleContextHolder.getLocale()), null)));
    }
}
