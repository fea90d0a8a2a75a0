package fr.uphf.site.content;

import java.util.Optional;

import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.NotFoundException;
import fr.uphf.site.translation.Addresses;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The prose pages of every area: the area's index at /area and its pages at /area/slug; in English at /en/area and
 * /en/area/english-slug (see {@link Addresses}).
 */
@Controller
class PageController {

    private final PageService pages;
    private final PageModel pageModel;
    private final Addresses addresses;

    PageController(PageService pages, PageModel pageModel, Addresses addresses) {
        this.pages = pages;
        this.pageModel = pageModel;
        this.addresses = addresses;
    }

    @GetMapping("/{area:universite|admission|campus|eunice|mobilite|services}")
    String index(@PathVariable String area, Model model) {
        return show(Area.fromPath(area), "", model);
    }

    @GetMapping("/{area:universite|admission|eunice|mobilite|services}/{slug}")
    String page(@PathVariable String area, @PathVariable String slug, Model model) {
        return show(Area.fromPath(area), slug, model);
    }

    @GetMapping("/en/{area:university|admissions|campuses|eunice|international|services}")
    String englishIndex(@PathVariable String area, Model model) {
        return show(Area.fromEnglishPath(area), "", model);
    }

    /** An English page at its English slug; at its French slug, or a former English one, it leads there for good. */
    @GetMapping("/en/{area:university|admissions|eunice|international|services}/{slug}")
    String englishPage(@PathVariable String area, @PathVariable String slug, Model model) {
        Area found = Area.fromEnglishPath(area).orElseThrow();
        String view = show(Area.fromEnglishPath(area), addresses.frenchSlug(found, slug), model);
        String address = addresses.english(((Page) model.getAttribute("page")).url());
        if (!address.equals(found.englishUrl() + "/" + slug)) {
            throw new PageMovedException(address);
        }
        return view;
    }

    /** A page that changed its address: the old one leads there for good (301), so bookmarks and links keep working. */
    @ExceptionHandler
    RedirectView moved(PageMovedException moved) {
        RedirectView redirect = new RedirectView(addresses.of(moved.url()));
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }

    private String show(Optional<Area> area, String slug, Model model) {
        Area found = area.orElseThrow(() -> new NotFoundException(slug));
        pageModel.fill(model, pages.view(found, slug));
        return "content/page";
    }
}
