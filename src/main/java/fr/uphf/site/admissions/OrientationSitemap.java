package fr.uphf.site.admissions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import fr.uphf.site.web.SitemapEntry;
import fr.uphf.site.web.SitemapSource;
import org.springframework.stereotype.Component;

/** The « Où candidater ? » guide, in the sitemap with the day its rules last changed. */
@Component
class OrientationSitemap implements SitemapSource {

    static final String PATH = "/admission/ou-candidater";

    private final OrientationRuleRepository rules;

    OrientationSitemap(OrientationRuleRepository rules) {
        this.rules = rules;
    }

    LocalDate lastModified() {
        return LocalDate.ofInstant(rules.lastChange(), ZoneId.of("Europe/Paris"));
    }

    @Override
    public List<SitemapEntry> sitemapEntries() {
        return List.of(new SitemapEntry(PATH, lastModified()));
    }
}
