package fr.uphf.site.content;

import java.util.ArrayList;
import java.util.List;

import fr.uphf.site.shared.Crumb;
import fr.uphf.site.shared.SideMenu;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What content/page.html needs, for the public page and for the admin's preview, so a draft looks as it will live. */
@Component
class PageModel {

    private final Widgets widgets;

    PageModel(Widgets widgets) {
        this.widgets = widgets;
    }

    void fill(Model model, PageView view) {
        Page page = view.page();
        model.addAttribute("view", view);
        model.addAttribute("page", page);
        model.addAttribute("currentArea", page.getArea());
        model.addAttribute("breadcrumbs", breadcrumbs(view));
        model.addAttribute("sideMenu", new SideMenu(new Crumb(view.index().getTitle(), view.index().url()),
                view.children().stream()
                        .map(child -> new SideMenu.Item(child.getTitle(), child.url(), child.getId().equals(page.getId())))
                        .toList()));
        if (page.getWidget() != null) {
            model.addAttribute("widgetData", widgets.load(page.getWidget(), page.getArea()));
        }
    }

    private static List<Crumb> breadcrumbs(PageView view) {
        List<Crumb> crumbs = new ArrayList<>();
        if (!view.page().isIndex()) {
            crumbs.add(new Crumb(view.index().getTitle(), view.index().url()));
        }
        crumbs.add(new Crumb(view.page().getTitle(), null));
        return crumbs;
    }
}
