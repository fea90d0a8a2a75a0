package fr.uphf.site.seo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.uphf.site.campus.CampusRepository;
import fr.uphf.site.shared.Crumb;
import fr.uphf.site.shared.Language;
import fr.uphf.site.translation.Addresses;
import fr.uphf.site.translation.Translations;
import fr.uphf.site.web.SiteProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org data for search engines, as JSON-LD: the university with its campuses on the home page, the breadcrumb
 * trail on inner pages. Built as data with Jackson, then made safe to embed in a script element.
 */
@Component
class StructuredData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CampusRepository campuses;
    private final MessageSource messages;
    private final SiteProperties site;
    private final Translations translations;
    private final Addresses addresses;

    StructuredData(CampusRepository campuses, MessageSource messages, SiteProperties site, Translations translations,
            Addresses addresses) {
        this.campuses = campuses;
        this.messages = messages;
        this.site = site;
        this.translations = translations;
        this.addresses = addresses;
    }

    /** The university, its campuses as places: name and town, the only address facts the site holds. */
    String university() {
        List<Map<String, Object>> places = campuses.findAllByOrderBySortOrder().stream().map(campus -> {
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("@type", "PostalAddress");
            address.put("addressLocality", campus.getCity());
            address.put("addressCountry", "FR");
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("@type", "Place");
            place.put("name", translations.text(campus, "name"));
            place.put("url", site.absolute(addresses.of(campus.url())));
            place.put("address", address);
            return place;
        }).toList();
        Map<String, Object> university = new LinkedHashMap<>();
        university.put("@context", "https://schema.org");
        university.put("@type", "CollegeOrUniversity");
        university.put("name", message("site.name"));
        university.put("alternateName", message("site.short"));
        university.put("url", site.absolute(addresses.of("/")));
        university.put("description", message("site.description"));
        university.put("location", places);
        return embeddable(university);
    }

    /** The trail from the home page to this page; the last crumb, which has no link, is the page itself. */
    String breadcrumbs(List<Crumb> crumbs, String pageUrl) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item(1, message("nav.home"), site.absolute(addresses.of("/"))));
        for (Crumb crumb : crumbs) {
            items.add(item(items.size() + 1, crumb.label(), crumb.url() == null ? pageUrl : site.absolute(crumb.url())));
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("@context", "https://schema.org");
        list.put("@type", "BreadcrumbList");
        list.put("itemListElement", items);
        return embeddable(list);
    }

    private static Map<String, Object> item(int position, String name, String url) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "ListItem");
        item.put("position", position);
        item.put("name", name);
        item.put("item", url);
        return item;
    }

    private String message(String key) {
        return messages.getMessage(key, null, Language.current().locale());
    }

    /**
     * JSON that cannot end its script element nor open a comment there: outside strings JSON has no {@code <},
     * {@code >} or {@code &}, and inside strings their escapes mean the same characters.
     */
    static String embeddable(Object data) {
        return JSON.writeValueAsString(data)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
