package fr.uphf.site.seo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.Crumb;
import fr.uphf.site.shared.SitemapEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The site map for people (/plan-du-site, /en/site-map), linked from the footer of every page: the pages of
 * sitemap.xml ({@link PublicPages}), grouped by area under headings, each area's own page first.
 */
@Controller
class SiteMapController {

    private final PublicPages pages;
    private final MessageSource messages;

    SiteMapController(PublicPages pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    /** A group of the map: an area (none for the pages about the site as a whole) and its links. */
    record Group(Area area, List<Link> links) {
    }

    /** A link of the map: its French address, its text in the visitor's language, and that text's lang if French on an English page. */
    record Link(String path, String title, String lang) {
    }

    @GetMapping({PublicPages.SITE_MAP, PublicPages.ENGLISH_SITE_MAP})
    String siteMap(Model model) {
        List<SitemapEntry> entries = pages.listed();
        Map<Optional<Area>, List<Link>> groups = new LinkedHashMap<>();
        groups.put(Optional.empty(), new ArrayList<>());
        for (Area area : Area.values()) {
            groups.put(Optional.of(area), new ArrayList<>());
        }
        entries.stream()
                .sorted(Comparator.comparing((SitemapEntry entry) -> !isIndex(entry)))
                .forEach(entry -> groups.get(Optional.ofNullable(entry.area())).add(new Link(entry.path(),
                        messages.getMessage(entry.title(), LocaleContextHolder.getLocale()), entry.titleLang())));
        model.addAttribute("groups", groups.entrySet().stream()
                .filter(group -> !group.getValue().isEmpty())
                .map(group -> new Group(group.getKey().orElse(null), group.getValue()))
                .toList());
        model.addAttribute("updatedOn", pages.siteMap(entries).lastModified());
        model.addAttribute("breadcrumbs", List.of(new Crumb(
                messages.getMessage("siteMap.title", null, LocaleContextHolder.getLocale()), null)));
        return "seo/site-map";
    }

    /** The home page, or an area's own page: first of its group. */
    private static boolean isIndex(SitemapEntry entry) {
        return entry.path().equals("/") || entry.area() != null && entry.path().equals(entry.area().url());
    }
}
