package fr.uphf.site.campus;

import java.util.List;

import fr.uphf.site.content.Area;
import fr.uphf.site.content.NotFoundException;
import fr.uphf.site.content.PageService;
import fr.uphf.site.services.ContactPointRepository;
import fr.uphf.site.services.ServiceLocationRepository;
import fr.uphf.site.university.TimelineEventRepository;
import fr.uphf.site.web.Crumb;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One page per campus, gathering what the site knows of it: its history, its services, its contacts. */
@Controller
class CampusController {

    private final CampusRepository campuses;
    private final TimelineEventRepository events;
    private final ServiceLocationRepository locations;
    private final ContactPointRepository contacts;
    private final PageService pages;

    CampusController(CampusRepository campuses, TimelineEventRepository events, ServiceLocationRepository locations,
            ContactPointRepository contacts, PageService pages) {
        this.campuses = campuses;
        this.events = events;
        this.locations = locations;
        this.contacts = contacts;
        this.pages = pages;
    }

    @GetMapping("/campus/{slug}")
    String campus(@PathVariable String slug, Model model) {
        Campus campus = campuses.findBySlug(slug).orElseThrow(() -> new NotFoundException("/campus/" + slug));
        var index = pages.published(Area.CAMPUS, "");
        model.addAttribute("campus", campus);
        model.addAttribute("campuses", campuses.findAllByOrderBySortOrder());
        model.addAttribute("events", events.findByCampusIdOrderByYearAscSortOrderAsc(campus.getId()));
        model.addAttribute("locations", locations.findByCampusIdOrderBySortOrder(campus.getId()));
        model.addAttribute("contacts", contacts.findByCampusIdOrderBySortOrder(campus.getId()));
        model.addAttribute("currentArea", Area.CAMPUS);
        model.addAttribute("breadcrumbs", List.of(new Crumb(index.getTitle(), index.url()), new Crumb(campus.getName(), null)));
        return "campus/campus";
    }
}
