package fr.uphf.site.campus;

import java.util.List;

import fr.uphf.site.content.PageService;
import fr.uphf.site.content.PageTexts;
import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.Crumb;
import fr.uphf.site.shared.NotFoundException;
import fr.uphf.site.shared.SideMenu;
import fr.uphf.site.translation.Addresses;
import fr.uphf.site.translation.Translations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One page per campus (in English at /en/campuses/slug), gathering what the site knows of it: its history, its services, its contacts. */
@Controller
class CampusController {

    private final CampusRepository campuses;
    private final List<CampusFacts> facts;
    private final PageService pages;
    private final PageTexts pageTexts;
    private final Translations translations;
    private final Addresses addresses;

    CampusController(CampusRepository campuses, List<CampusFacts> facts, PageService pages, PageTexts pageTexts,
            Translations translations, Addresses addresses) {
        this.campuses = campuses;
        this.facts = facts;
        this.pages = pages;
        this.pageTexts = pageTexts;
        this.translations = translations;
        this.addresses = addresses;
    }

    @GetMapping({"/campus/{slug}", "/en/campuses/{slug}"})
    String campus(@PathVariable String slug, Model model) {
        Campus campus = campuses.findBySlug(slug).orElseThrow(() -> new NotFoundException("/campus/" + slug));
        var index = pages.published(Area.CAMPUS, "");
        model.addAttribute("campus", campus);
        model.addAttribute("title", translations.text(campus, "name"));
        model.addAttribute("summary", translations.text(campus, "summary"));
        Crumb indexCrumb = pageTexts.crumb(index);
        model.addAttribute("sideMenu", new SideMenu(indexCrumb,
                campuses.findAllByOrderBySortOrder().stream()
                        .map(other -> new SideMenu.Item(translations.text(other, "name"), addresses.of(other.url()),
                                other.getId().equals(campus.getId())))
                        .toList()));
        facts.forEach(area -> model.addAllAttributes(area.about(campus)));
        model.addAttribute("currentArea", index.getArea());
        model.addAttribute("breadcrumbs", List.of(indexCrumb, new Crumb(translations.text(campus, "name"), null)));
        return "campus/campus";
    }
}
