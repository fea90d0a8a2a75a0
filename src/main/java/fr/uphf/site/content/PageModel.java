package fr.uphf.site.content;

import java.util.ArrayList;
import java.util.List;

import fr.uphf.site.shared.Crumb;
import fr.uphf.site.shared.SideMenu;
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

    PageModel(Widgets widgets, PageTexts texts) {
        this.widgets = widgets;
        this.texts = texts;
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
        model.addAttribute("sideMenu", new SideMenu(texts.crumb(view.index()),
                view.children().stream()
                        .map(child -> item(texts.crumb(child), child.getId().equals(page.getId())))
                        .toList()));
        if (page.getWidget() != null) {
            model.addAttribute("widgetData", widgets.load(page.getWidget(), page.getArea()));
        }
    }

    private static SideMenu.Item item(Crumb link, boolean current) {
        return new SideMenu.Item(link.label(), link.url(), current);
    }

    private List<Crumb> breadcrumbs(PageView view, PageText text) {
        List<Crumb> crumbs = new ArrayList<>();
        if (!view.page().isIndex()) {
            crumbs.add(texts.crumb(view.index()));
        }
        crumbs.add(new Crumb(text.title(), null));
        return crumbs;
    }
}
