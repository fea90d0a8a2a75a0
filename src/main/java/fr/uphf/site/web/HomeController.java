package fr.uphf.site.web;

import java.util.Arrays;
import java.util.List;

import fr.uphf.site.admissions.ApplicationPlatformRepository;
import fr.uphf.site.content.Area;
import fr.uphf.site.content.Page;
import fr.uphf.site.content.PageService;
import fr.uphf.site.university.KeyFigureRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: key figures, an entry to every area and the ways to apply. */
@Controller
class HomeController {

    private final PageService pages;
    private final KeyFigureRepository figures;
    private final ApplicationPlatformRepository platforms;

    HomeController(PageService pages, KeyFigureRepository figures, ApplicationPlatformRepository platforms) {
        this.pages = pages;
        this.figures = figures;
        this.platforms = platforms;
    }

    @GetMapping("/")
    String home(Model model) {
        List<Page> areas = Arrays.stream(Area.values()).map(area -> pages.published(area, "")).toList();
        model.addAttribute("areas", areas);
        model.addAttribute("figures", figures.findAllByOrderBySortOrder());
        model.addAttribute("platforms", platforms.findAllByOrderBySortOrder());
        model.addAttribute("why", pages.published(Area.UNIVERSITE, "pourquoi-l-uphf"));
        return "home";
    }
}
