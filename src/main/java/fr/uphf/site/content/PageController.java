package fr.uphf.site.content;

import java.util.ArrayList;
import java.util.List;

import fr.uphf.site.web.Crumb;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The prose pages of every area: the area's index at /area and its pages at /area/slug. */
@Controller
class PageController {

    private final PageService pages;
    private final Widgets widgets;

    PageController(PageService pages, Widgets widgets) {
        this.pages = pages;
        this.widgets = widgets;
    }

    @GetMapping("/{area:universite|admission|campus|eunice|mobilite|services}")
    String index(@PathVariable String area, Model model) {
        return show(area, "", model);
    }

    @GetMapping("/{area:universite|admission|eunice|mobilite|services}/{slug}")
    String page(@PathVariable String area, @PathVariable String slug, Model model) {
        return show(area, slug, model);
    }

    private String show(String areaPath, String slug, Model model) {
        Area area = Area.fromPath(areaPath).orElseThrow(() -> new NotFoundException(areaPath));
        PageView view = pages.view(area, slug);
        Page page = view.page();
        model.addAttribute("view", view);
        model.addAttribute("page", page);
        model.addAttribute("currentArea", area);
        model.addAttribute("breadcrumbs", breadcrumbs(view));
        if (page.getWidget() != null) {
            model.addAttribute("widgetData", widgets.load(page.getWidget(), area));
        }
        return "content/page";
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
