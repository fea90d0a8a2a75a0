package fr.uphf.site.content;

import java.util.ArrayList;
import java.util.List;

import fr.uphf.site.shared.Crumb;
import fr.uphf.site.shared.SideMenu;
import fr.uphf.site.translation.Addresses;
import fr.uphf.site.translation.Translations;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What content/page.html needs, for the public page and for the admin's preview, so a draft looks as it will live; in
 * the language of the page, with its links at their addresses in that language.
 */
@Component
class PageModel {

    private final Widgets widgets;
    private final PageTexts texts;
    private final Translations translations;
    private final Addresses addresses;

    PageModel(Widgets widgets, PageTexts texts, Translations translations, Addresses addresses) {
        this.widgets = widgets;
        this.texts = texts;
        this.translations = translations;
        this.addresses = addresses;
    }

    void fill(Model model, PageView view) {
        Page page = view.page();
        PageText text = texts.of(page);
        model.addAttribute("view", view);
        model.addAttribute("page", page);
        model.addAttribute("text", text);
        model.addAttribute("translated", !text.frenchOnly());
        model.addAttribute("currentArea", page.getArea());
        model.addAttribute("breadcrumbs", breadcrumbs(view, text));
        model.addAttribute("sideMenu", new SideMenu(crumb(view.index()),
                view.children().stream()
                        .map(child -> new SideMenu.Item(translations.text(child, "title"), addresses.of(child.url()),
                                child.getId().equals(page.getId())))
                        .toList()));
        if (page.getWidget() != null) {
            model.addAttribute("widgetData", widgets.load(page.getWidget(), page.getArea()));
        }
    }

    private List<Crumb> breadcrumbs(PageView view, PageText text) {
        List<Crumb> crumbs = new ArrayList<>();
        if (!view.page().isIndex()) {
            crumbs.add(crumb(view.index()));
        }
        crumbs.add(new Crumb(text.title(), null));
        return crumbs;
    }

    private Crumb crumb(Page page) {
        return new Crumb(translations.text(page, "title"), addresses.of(page.url()));
    }
}
