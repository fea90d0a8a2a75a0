package fr.uphf.site.content;

import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/** The prose pages of every area: the area's index at /area and its pages at /area/slug. */
@Controller
class PageController {

    private final PageService pages;
    private final PageModel pageModel;

    PageController(PageService pages, PageModel pageModel) {
        this.pages = pages;
        this.pageModel = pageModel;
    }

    @GetMapping("/{area:universite|admission|campus|eunice|mobilite|services}")
    String index(@PathVariable String area, Model model) {
        return show(area, "", model);
    }

    @GetMapping("/{area:universite|admission|eunice|mobilite|services}/{slug}")
    String page(@PathVariable String area, @PathVariable String slug, Model model) {
        return show(area, slug, model);
    }

    /** A page that changed its address: the old one leads there for good (301), so bookmarks and links keep working. */
    @ExceptionHandler
    RedirectView moved(PageMovedException moved) {
        RedirectView redirect = new RedirectView(moved.url());
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }

    private String show(String areaPath, String slug, Model model) {
        Area area = Area.fromPath(areaPath).orElseThrow(() -> new NotFoundException(areaPath));
        pageModel.fill(model, pages.view(area, slug));
        return "content/page";
    }
}
