package fr.uphf.site.content;

import java.util.ArrayList;
import java.util.List;

import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.Crumb;
import fr.uphf.site.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

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
    ModelAndView index(@PathVariable String area, Model model) {
        return show(area, "", model);
    }

    @GetMapping("/{area:universite|admission|eunice|mobilite|services}/{slug}")
    ModelAndView page(@PathVariable String area, @PathVariable String slug, Model model) {
        return show(area, slug, model);
    }

    private ModelAndView show(String areaPath, String slug, Model model) {
        Area area = Area.fromPath(areaPath).orElseThrow(() -> new NotFoundException(areaPath));
        PageView view;
        try {
            view = pages.view(area, slug);
        } catch (NotFoundException notFound) {
            String path = slug.isEmpty() ? area.url() : area.url() + "/" + slug;
            RedirectView moved = new RedirectView(pages.redirectFor(path).orElseThrow(() -> notFound));
            moved.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            moved.setExposeModelAttributes(false);
            return new ModelAndView(moved);
        }
        populate(model, view, widgets);
        return new ModelAndView("content/page", model.asMap());
    }

    /** What content/page.html needs: also used by the admin preview, so a draft looks exactly as it will live. */
    static void populate(Model model, PageView view, Widgets widgets) {
        Page page = view.page();
        model.addAttribute("view", view);
        model.addAttribute("page", page);
        model.addAttribute("currentArea", page.getArea());
        model.addAttribute("breadcrumbs", breadcrumbs(view));
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
