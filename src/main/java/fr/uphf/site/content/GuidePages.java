package fr.uphf.site.content;

import java.util.List;

import fr.uphf.site.shared.Crumb;
import fr.uphf.site.shared.Guide;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every guide's page shows around its form: its area in the menu, its date, the trail from its area's index. */
@Component
public class GuidePages {

    private final PageService pages;
    private final MessageSource messages;
    private final PageTexts texts;

    GuidePages(PageService pages, MessageSource messages, PageTexts texts) {
        this.pages = pages;
        this.messages = messages;
        this.texts = texts;
    }

    public void describe(Guide guide, Model model) {
        model.addAttribute("guide", guide);
        model.addAttribute("currentArea", guide.area());
        model.addAttribute("updatedOn", guide.lastModified());
        model.addAttribute("breadcrumbs", List.of(
                texts.crumb(pages.published(guide.area(), "")),
                new Crumb(messages.getMessage(guide.titleKey(), null, LocaleContextHolder.getLocale()), null)));
    }
}
