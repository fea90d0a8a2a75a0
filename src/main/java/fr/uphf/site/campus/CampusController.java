package fr.uphf.site.campus;

import java.util.List;

import fr.uphf.site.content.PageService;
import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.Crumb;
import fr.uphf.site.shared.NotFoundException;
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
        model.addAttribute("campuses", campuses.findAllByOrderBySortOrder());
        facts.forEach(area -> model.addAllAttributes(area.about(campus)));
        model.addAttribute("currentArea", Area.CAMPUS);
        model.addAttribute("breadcrumbs", List.of(new Crumb(index.getTitle(), index.url()), new Crumb(campus.getName(), null)));
        return "campus/campus";
    }
}
