package fr.uphf.site.campus;

import java.util.List;

import fr.uphf.site.content.PageService;
import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.Crumb;
import fr.uphf.site.shared.NotFoundException;
import fr.uphf.site.shared.SideMenu;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One page per campus, gathering what the site knows of it: its history, its services, its contacts. */
@Controller
class CampusController {

    private final CampusRepository campuses;
    private final List<CampusFacts> facts;
    private final PageService pages;

    CampusController(CampusRepository campuses, List<CampusFacts> facts, PageService pages) {
        this.campuses = campuses;
        this.facts = facts;
        this.pages = pages;
    }

    @GetMapping("/campus/{slug}")
    String campus(@PathVariable String slug, Model model) {
        Campus campus = campuses.findBySlug(slug).orElseThrow(() -> new NotFoundException("/campus/" + slug));
        var index = pages.published(Area.CAMPUS, "");
        model.addAttribute("campus", campus);
        model.addAttribute("sideMenu", new SideMenu(new Crumb(index.getTitle(), index.url()),
                campuses.findAllByOrderBySortOrder().stream()
                        .map(other -> new SideMenu.Item(other.getName(), other.url(), other.getId().equals(campus.getId())))
                        .toList()));
        facts.forEach(area -> model.addAllAttributes(area.about(campus)));
        model.addAttribute("currentArea", index.getArea());
        model.addAttribute("breadcrumbs", List.of(new Crumb(index.getTitle(), index.url()), new Crumb(campus.getName(), null)));
        return "campus/campus";
    }
}
